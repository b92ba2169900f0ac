"""Developer tooling shared by tests, the demo and benchmarks (not shipped)."""
