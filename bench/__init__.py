"""Benchmarks for the SDK against its physical floor (bare httpx on loopback).

Run ``make bench`` (or ``python -m bench``); ``python -m bench --quick`` runs tiny sizes.
Benchmarks are measurements, not tests: nothing here asserts a timing.
"""
