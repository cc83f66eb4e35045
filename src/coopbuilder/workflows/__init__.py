"""Work that needs both the workspace and the documents (e.g. finalising and signing a stored
version). Called by the CLI and the GUI alike; no Qt here."""
