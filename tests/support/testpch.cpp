// Compiles tests/support/testpch.h once; the test executables reuse the result.
