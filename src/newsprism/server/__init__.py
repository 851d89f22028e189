"""server: the REST API and web UI over the store (`newsprism serve`). See docs/server.md."""
from newsprism.server.app import create_app

__all__ = ["create_app"]
