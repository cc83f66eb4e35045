"""The agreement and readiness-report PDFs, and signing. No Qt here."""
