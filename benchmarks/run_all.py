"""Run every benchmark script in this folder, one after the other (they share 2 cores)."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

failed = []
for script in sorted(HERE.glob("*.py")):
    if script.name == Path(__file__).name or script.name.startswith("_"):
        continue
    print(f"== {script.name}", flush=True)
    if subprocess.run([sys.executable, str(script)], cwd=HERE.parent).returncode != 0:
        failed.append(script.name)
print("failed: " + ", ".join(failed) if failed else "all benchmarks ran")
sys.exit(1 if failed else 0)
