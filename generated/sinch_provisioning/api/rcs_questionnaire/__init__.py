"""Endpoint functions for the ``rcs_questionnaire`` tag, one module per operation, and :class:`RcsQuestionnaireResource`.

``client.rcs_questionnaire`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`RcsQuestionnaireResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import RcsQuestionnaireResource

__all__ = ["RcsQuestionnaireResource"]


def __getattr__(name: str) -> Any:
    if name == "RcsQuestionnaireResource":
        from ._resource import RcsQuestionnaireResource

        globals()[name] = RcsQuestionnaireResource
        return RcsQuestionnaireResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
