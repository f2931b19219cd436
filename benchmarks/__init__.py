"""Benchmarks run on demand (not part of the test suite); see docs/performance.md.

They measure encrypted stores, as users have them, with an in-memory keyring so that the OS
keychain is never touched: each benchmark process makes and opens its own stores.
"""

import os

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")
