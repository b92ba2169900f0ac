"""Build-time tooling: spec normaliser and generation pipeline (not shipped)."""
