"""MiniLM loads from its package directory and never asks the network, even in a process where
huggingface_hub was imported before with HF_HUB_OFFLINE=0 (a worker that loaded transformers)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

PROBE = """
import json, sys
import huggingface_hub.constants, transformers  # imported first, as in a worker
from plugin.questions.embedding import MiniLmEmbedder, model_path, shared_minilm
vectors = MiniLmEmbedder().embed(["Is it machine washable?"])
model = shared_minilm()
print(json.dumps({
    "hub_offline": huggingface_hub.constants.HF_HUB_OFFLINE,
    "loaded_from": model[0].auto_model.config._name_or_path,
    "package_dir": str(model_path()),
    "shape": list(vectors.shape),
}))
"""


def test_minilm_loads_from_the_package_without_the_network() -> None:
    hub = socket.socket()
    hub.bind(("127.0.0.1", 0))
    hub.listen()
    hub.settimeout(0.2)
    requests: list[object] = []
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                requests.append(hub.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept)
    thread.start()
    env = os.environ | {
        "HF_HUB_OFFLINE": "0",
        "TRANSFORMERS_OFFLINE": "0",
        "HF_ENDPOINT": f"http://127.0.0.1:{hub.getsockname()[1]}",
    }
    try:
        result = subprocess.run(
            [sys.executable, "-c", PROBE],
            cwd=Path(__file__).parents[3],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        done.set()
        thread.join()
        hub.close()
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["hub_offline"] is False  # the environment does not switch the hub off
    assert Path(out["loaded_from"]) == Path(out["package_dir"])
    assert out["shape"] == [1, 384]
    assert requests == []  # and no request reached the (fake) hub
