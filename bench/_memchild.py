"""Child process of #6: import one side, run benchmark 3 once, print peak RSS in KiB.

``python -m bench._memchild {sdk|bare} BASE_URL CALLS``

Peak RSS is ``VmHWM`` from ``/proc/self/status`` where it exists: ``ru_maxrss``
of a child started with vfork/posix_spawn (as ``subprocess`` does) also counts
the *parent's* peak at exec time, so a big benchmark parent would hide the
child's own figure.
"""

from __future__ import annotations

import asyncio
import resource
import sys


def main(argv: list[str]) -> int:
    side, base_url, calls = argv[0], argv[1], int(argv[2])
    if side == "sdk":
        import sinch_provisioning
        import sinch_provisioning.api.rcs_senders.get_test_number_capabilities
        from sinch_provisioning import ProvisioningClient  # noqa: F401

        del sinch_provisioning
    else:
        import httpx  # noqa: F401
    from . import _workload as w
    from ._server import Server

    server = Server(base_url)
    timing = asyncio.run((w.sdk_concurrent if side == "sdk" else w.bare_concurrent)(server, calls))
    server.close()
    if timing.counts.get("api") != calls:
        print(f"server answered {timing.counts.get('api')} of {calls} calls", file=sys.stderr)
        return 1
    print(peak_rss_kib())
    return 0


def peak_rss_kib() -> int:
    """This process's own peak resident set size, in KiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
