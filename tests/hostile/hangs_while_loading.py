"""Loops forever at import time, before any function can be called."""

while True:
    pass
