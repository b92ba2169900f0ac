"""Async-first SDK for the Sinch Provisioning API.

The package is assembled from two roots: ``overrides/`` (hand-written, this
file) and ``generated/`` (``make generate``). Installed wheels merge them into
one folder; a source checkout keeps them apart and ``extend_path`` joins them.
"""

from pkgutil import extend_path

__path__ = extend_path(__path__, __name__)
