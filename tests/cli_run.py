"""Run the command line as a user does: a real process, output captured as text."""
import os
import subprocess
import sys


def run(*args, cwd=None, check=None, timeout=900):
    proc = subprocess.run([sys.executable, "-m", "newsprism.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    if check is not None:
        assert proc.returncode == check, proc.stderr
    return proc
