"""The llama.cpp peer of bench/generation.py is a bench extra: without it the bench says why it
skips the peer, and the peer's texts are cut at the stop string like llama-cpp-python's."""

import subprocess
import sys
from pathlib import Path

from bench.llamacpp_peer import INSTALL, cut_at_stop

REPO = Path(__file__).resolve().parents[3]


def test_without_llama_cpp_python_the_peer_is_skipped_with_how_to_install_it() -> None:
    # -S leaves site-packages (and so llama-cpp-python, if installed) off the path.
    code = "from bench.llamacpp_peer import unavailable; print(unavailable())"
    out = subprocess.run(
        [sys.executable, "-S", "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == INSTALL
    assert "pip install -e '.[bench]'" in INSTALL


def test_texts_are_compared_before_the_first_stop_string() -> None:
    assert cut_at_stop("Warm wool.\n\nProduct: next", ("\n\nProduct:", "\n###")) == "Warm wool."
    assert cut_at_stop("No stop here.", ("\n\n",)) == "No stop here."
