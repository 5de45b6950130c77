"""The performance suite: `python -m benchmarks [NAME...]` (or `make bench`)."""
