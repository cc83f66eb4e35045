"""What every command shares: exit codes."""

from __future__ import annotations

EXIT_OK = 0
EXIT_CHECKS_FAILED = 1
EXIT_USAGE = 2
