"""Tests of what the benchmarks build (never of how fast they run)."""
