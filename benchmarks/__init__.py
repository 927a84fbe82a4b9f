"""Benchmarks and the synthetic organizations they run on."""
