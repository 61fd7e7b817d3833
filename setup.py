"""Builds ctip's optional compiled speed-up (ctip.detect._fast) with the machine's C compiler.

Everything else is declared in pyproject.toml. `optional=True`: where no compiler is found the
install still succeeds and ctip uses the identical pure-Python/numpy code instead.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("ctip.detect._fast", ["src/ctip/detect/_fast.c"], optional=True,
                             extra_compile_args=["-O2"])])
