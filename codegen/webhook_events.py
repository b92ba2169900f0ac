"""Derive which webhook trigger each spec callback is, and what payload it carries.

The description declares webhook deliveries as ``callbacks`` of the operations
that start asynchronous work (57 of them), and the trigger values separately
in the ``WebhookWebhookTriggersEnum`` schema. Nothing in a callback names its
trigger: the body's ``type`` is a bare string. The link is in the names:

* the operation's tag names the subject (``WhatsApp Templates`` -> whatsapp, template);
* the callback's name names the event (``QualityRatingChanged``);
* a trigger value spells both (``WHATSAPP_SENDER_QUALITY_RATING_CHANGED``).

Words are compared after a light stemming (``Onboard`` ~ ``ONBOARDED``,
``StatusUpdate`` ~ ``STATUS_UPDATED``). A trigger is a candidate for a callback
only if it contains **every subject word** of the tag (so a template callback
never maps to a ``*_SENDER_*`` trigger) and at least one event word. The one
admitted variation: a callback whose name starts with its own subject noun
(``BrandOrderStatusUpdate`` on ``RCS Senders``) may match a trigger naming that
noun in place of the tag's (``RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED``).
Among candidates the one sharing the most event words wins, then the one
leaving the fewest trigger words unexplained.

What cannot be derived never stops generation: a callback with no candidate,
with two equally good ones, or malformed; callbacks of one trigger that declare
different payload models; trigger values no callback maps to. Each becomes a
:class:`Problem` (printed by ``make generate``, listed in the change report of
``make update-spec``, fatal only with ``--strict``), and the triggers concerned
stay untyped: their events parse as ``UnknownWebhookEvent`` with the raw payload.

The result is written into the generated package as ``_webhook_events.py``:
one event class per typed trigger (``WhatsappSenderActiveEvent``, a
``WebhookEvent[WhatsappSenderDto]``), the ``AnyWebhookEvent`` union of them and
``UnknownWebhookEvent``, and the tables ``sinch_provisioning.webhooks`` reads
(plain data, no spec access at run time). ``python -m codegen.webhook_events``
prints the table and the problems.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.normalise import SpecError, iter_operations, load_spec, normalise

__all__ = [
    "MODULE_NAME",
    "TRIGGER_ENUM",
    "WILDCARD",
    "CallbackInfo",
    "Derivation",
    "Problem",
    "TriggerInfo",
    "derive",
    "event_class_name",
    "iter_callbacks",
    "rank",
    "render",
    "write_module",
]

TRIGGER_ENUM = "WebhookWebhookTriggersEnum"
MODULE_NAME = "_webhook_events.py"
#: The subscription value meaning "every trigger": never the type of a delivery, never a problem.
WILDCARD = "ALL"
_ENVELOPE = ("type", "payload")
_REF = re.compile(r"^#/components/schemas/(?P<name>[A-Za-z_][A-Za-z0-9_]*)$")
_TRIGGER_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")
# Names the generated module defines besides the event classes.
_RESERVED = frozenset({"AnyWebhookEvent", "UnknownWebhookEvent", "WebhookEvent", "TriggerSchema"})


@dataclass(frozen=True)
class CallbackInfo:
    """One callback of one operation, reduced to what the mapping needs."""

    key: str  # "POST /v1/projects/{projectId}/whatsapp Comment": unique per callback
    name: str  # the callback's name in the description, e.g. "Comment"
    tag: str  # the operation's first tag, e.g. "WhatsApp Templates"
    subject: tuple[str, ...]  # stems of the tag
    event: tuple[str, ...]  # stems of the callback's name
    payload_model: str | None  # component schema of ``payload``; None when there is none
    payload_required: bool
    fields: tuple[str, ...]  # body properties besides type and payload, in document order
    required_fields: tuple[str, ...]


@dataclass(frozen=True)
class TriggerInfo:
    """What every callback of one trigger declares about the body."""

    name: str  # callback name of its first callback
    payload_model: str | None
    payload_required: bool
    fields: tuple[str, ...]  # union over its callbacks
    required_fields: tuple[str, ...]  # required by every one of its callbacks
    callbacks: tuple[str, ...]  # CallbackInfo.key values


@dataclass(frozen=True, order=True)
class Problem:
    """Something about webhook typing the derivation could not settle; the trigger stays untyped.

    ``kind`` is stable and machine-readable: ``unmapped-callback``,
    ``ambiguous-callback``, ``invalid-callback``, ``payload-conflict``,
    ``trigger-without-callback``, ``invalid-trigger``, ``invalid-trigger-enum``.
    """

    kind: str
    subject: str  # the callback key or the trigger value
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.subject}: {self.detail}"


@dataclass(frozen=True)
class Derivation:
    callback_triggers: dict[str, str]  # CallbackInfo.key -> typed trigger value
    triggers: dict[str, TriggerInfo]  # typed trigger value -> body description, enum order
    without_callbacks: tuple[str, ...]  # enum values left untyped (always "ALL")
    problems: tuple[Problem, ...] = ()


# --- words ----------------------------------------------------------------------------------


def _words(name: str) -> list[str]:
    """``'BrandOrderStatusUpdate'``, ``'RCS_SENDER'``, ``'rcs_senders'`` -> lower-case words."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name)
    return [word.lower() for word in re.findall(r"[A-Za-z0-9]+", spaced)]


def _stem(word: str) -> str:
    """Fold plurals and past tenses: accounts/account, updated/update, onboarded/onboard."""
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if word.endswith("ied") and len(word) > 4:
        word = word[:-3] + "y"  # verified/verify
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeious":
            word = word[:-1]  # cancelled/cancel, frobbed/frob
    elif word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _stems(name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_stem(word) for word in _words(name)))


# --- reading the spec -----------------------------------------------------------------------


def trigger_values(spec: dict[str, Any]) -> list[str]:
    """The trigger enum's values, in document order."""
    schema = spec.get("components", {}).get("schemas", {}).get(TRIGGER_ENUM)
    where = f"$.components.schemas.{TRIGGER_ENUM}"
    if not isinstance(schema, dict):
        raise SpecError(where, "missing: the webhook trigger enum is needed to type webhook events")
    values = schema.get("enum")
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise SpecError(f"{where}.enum", "not a non-empty list of strings")
    if len(set(values)) != len(values):
        raise SpecError(f"{where}.enum", "repeats a value")
    return list(values)


def _payload_model(schema: Any, where: str) -> str | None:
    """Component name of a ``payload`` property: ``$ref`` or a one-element ``allOf``."""
    if schema is None:
        return None
    if isinstance(schema, dict) and isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        schema = schema["allOf"][0]
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    match = _REF.match(ref) if isinstance(ref, str) else None
    if match is None:
        raise SpecError(where, "payload is not a reference to a component schema")
    return match["name"]


def _callback(path: str, method: str, tags: Any, name: str, callback: Any) -> CallbackInfo:
    where = f"$.paths[{path!r}].{method}.callbacks.{name}"
    if not (isinstance(tags, list) and tags and isinstance(tags[0], str)):
        raise SpecError(f"$.paths[{path!r}].{method}.tags", "an operation with callbacks needs a tag")
    if not isinstance(callback, dict) or len(callback) != 1:
        raise SpecError(where, "expected one runtime expression per callback")
    (item,) = callback.values()
    if not isinstance(item, dict) or list(item) != ["post"] or not isinstance(item["post"], dict):
        raise SpecError(where, "expected exactly one POST per callback")
    content = (item["post"].get("requestBody") or {}).get("content") or {}
    body = (content.get("application/json") or {}).get("schema")
    if not isinstance(body, dict) or not isinstance(body.get("properties"), dict):
        raise SpecError(f"{where}.post.requestBody", "no application/json object schema")
    properties: dict[str, Any] = body["properties"]
    required = [r for r in body.get("required") or [] if isinstance(r, str)]
    if "type" not in properties:
        raise SpecError(f"{where}.post.requestBody", "the body has no 'type' property")
    fields = tuple(p for p in properties if p not in _ENVELOPE)
    return CallbackInfo(
        key=f"{method.upper()} {path} {name}",
        name=name,
        tag=tags[0],
        subject=_stems(tags[0]),
        event=_stems(name),
        payload_model=_payload_model(properties.get("payload"), f"{where}.payload"),
        payload_required="payload" in required,
        fields=fields,
        required_fields=tuple(f for f in fields if f in required),
    )


def _read_callbacks(spec: dict[str, Any]) -> tuple[list[CallbackInfo], list[Problem]]:
    found: list[CallbackInfo] = []
    problems: list[Problem] = []
    for path, method, operation in iter_operations(spec):
        for name, callback in (operation.get("callbacks") or {}).items():
            try:
                found.append(_callback(path, method, operation.get("tags"), name, callback))
            except SpecError as exc:
                problems.append(Problem("invalid-callback", f"{method.upper()} {path} {name}", str(exc)))
    return found, problems


def iter_callbacks(spec: dict[str, Any]) -> list[CallbackInfo]:
    """Every well-formed callback of a normalised description, in document order."""
    return _read_callbacks(spec)[0]


# --- matching -------------------------------------------------------------------------------

Score = tuple[int, int]


def _names_subject(callback: CallbackInfo, words: tuple[str, ...]) -> bool:
    """Every subject word is in the trigger, or the callback's name starts with its own subject noun.

    The variation: ``BrandOrderStatusUpdate`` on ``RCS Senders`` (subject rcs, sender) names a
    brand, and ``RCS_BRAND_...`` has ``BRAND`` right where a sender trigger has ``SENDER``.
    """
    if set(callback.subject) <= set(words):
        return True
    head = callback.subject[:-1]
    return (
        bool(head)
        and len(callback.event) > 1
        and words[: len(head)] == head
        and len(words) > len(head)
        and words[len(head)] == callback.event[0]
    )


def _score(callback: CallbackInfo, trigger: str) -> Score | None:
    """None unless ``trigger`` names the callback's subject and one of its event words."""
    words = _stems(trigger)
    if not _names_subject(callback, words):
        return None
    event = sum(word in callback.event and word not in callback.subject for word in words)
    if event == 0:
        return None
    explained = sum(word in callback.event or word in callback.subject for word in words)
    return (event, -(len(words) - explained))


def rank(callback: CallbackInfo, triggers: list[str]) -> list[tuple[Score, str]]:
    """The candidate triggers for ``callback``, best first (ties in enum order)."""
    scored = []
    for index, trigger in enumerate(triggers):
        score = _score(callback, trigger)
        if score is not None:
            scored.append((score, index, trigger))
    scored.sort(key=lambda entry: (-entry[0][0], -entry[0][1], entry[1]))
    return [(score, trigger) for score, _, trigger in scored]


def _match(callback: CallbackInfo, triggers: list[str]) -> str | Problem:
    ranked = rank(callback, triggers)
    if not ranked:
        detail = (
            f"no {TRIGGER_ENUM} value names both its subject (every word of the tag "
            f"{callback.tag!r}) and its event ({callback.name!r})"
        )
        return Problem("unmapped-callback", callback.key, detail)
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return Problem("ambiguous-callback", callback.key, f"{ranked[0][1]} or {ranked[1][1]}")
    return ranked[0][1]


def event_class_name(trigger: str) -> str:
    """``WHATSAPP_SENDER_ACTIVE`` -> ``WhatsappSenderActiveEvent``."""
    return "".join(word.capitalize() for word in trigger.split("_")) + "Event"


def _trigger_info(trigger: str, group: list[CallbackInfo]) -> TriggerInfo | Problem:
    first = group[0]
    models = sorted({str(c.payload_model) for c in group})
    if len(models) > 1:
        keys = ", ".join(c.key for c in group)
        detail = f"its callbacks declare different payloads ({', '.join(models)}): {keys}"
        return Problem("payload-conflict", trigger, detail)
    if not _TRIGGER_NAME.match(trigger) or event_class_name(trigger) in _RESERVED:
        return Problem("invalid-trigger", trigger, "not an UPPER_SNAKE_CASE name an event class can take")
    fields = tuple(dict.fromkeys(f for c in group for f in c.fields))
    return TriggerInfo(
        name=first.name,
        payload_model=first.payload_model,
        payload_required=all(c.payload_required for c in group),
        fields=fields,
        required_fields=tuple(f for f in fields if all(f in c.required_fields for c in group)),
        callbacks=tuple(c.key for c in group),
    )


def derive(spec: dict[str, Any]) -> Derivation:
    """Map the callbacks of a normalised ``spec`` to trigger values; report what does not map.

    Never raises for webhook reasons: even a missing or malformed trigger enum is a problem
    (every trigger then untyped), so webhook typing never blocks generation.
    """
    callbacks, problems = _read_callbacks(spec)
    try:
        values = trigger_values(spec)
    except SpecError as exc:
        values = []
        problems.append(Problem("invalid-trigger-enum", TRIGGER_ENUM, str(exc)))
    grouped: dict[str, list[CallbackInfo]] = {}
    seen: set[str] = set()
    for callback in callbacks:
        if callback.key in seen:
            problems.append(Problem("invalid-callback", callback.key, "declared twice"))
            continue
        seen.add(callback.key)
        match = _match(callback, values)
        if isinstance(match, Problem):
            problems.append(match)
        else:
            grouped.setdefault(match, []).append(callback)

    triggers: dict[str, TriggerInfo] = {}
    mapping: dict[str, str] = {}
    for trigger in values:
        group = grouped.get(trigger)
        if not group:
            if trigger != WILDCARD:
                problems.append(Problem("trigger-without-callback", trigger, "no callback maps to it"))
            continue
        info = _trigger_info(trigger, group)
        if isinstance(info, Problem):
            problems.append(info)
            continue
        triggers[trigger] = info
        mapping.update((key, trigger) for key in info.callbacks)
    callback_triggers = {c.key: mapping[c.key] for c in callbacks if c.key in mapping}
    without = tuple(value for value in values if value not in triggers)
    return Derivation(callback_triggers, triggers, without, tuple(problems))


# --- the generated module -------------------------------------------------------------------

_HEADER = '''\
"""Webhook triggers, the body each one carries, and one event class per trigger.

Generated by ``codegen/webhook_events.py`` from the ``callbacks`` of the API
description and its ``{enum}``. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Union

from ._webhook_types import UnknownWebhookEvent, WebhookEvent

if TYPE_CHECKING:
{imports}
__all__ = [
{names}]
'''

_SCHEMA = '''

class TriggerSchema(NamedTuple):
    """The request body the callbacks of one trigger declare."""

    event: type[WebhookEvent[Any]]
    """The event class :func:`sinch_provisioning.webhooks.parse_webhook_event` builds."""
    payload_model: str | None
    """Model in ``sinch_provisioning.models`` for ``payload``; None: no payload."""
    payload_required: bool
    fields: tuple[str, ...]
    """JSON names of the other body properties (besides ``type``, ``payload``)."""
    required_fields: tuple[str, ...]
'''


def _literal(value: str | None) -> str:
    if value is None:
        return "None"
    if not re.fullmatch(r"[A-Za-z0-9_ /{}.\-]*", value):
        raise SpecError("$", f"unexpected characters in name {value!r}")
    return f'"{value}"'


def _tuple(values: tuple[str, ...], indent: str) -> str:
    """A tuple literal as ``ruff format`` writes it: one item per line from two items on."""
    if len(values) < 2:
        return "(" + "".join(f"{_literal(v)}," for v in values) + ")"
    items = "".join(f"{indent}    {_literal(v)},\n" for v in values)
    return f"(\n{items}{indent})"


def _event_class(trigger: str, info: TriggerInfo) -> list[str]:
    payload = _literal(info.payload_model)  # a string: the model is imported on first use only
    about = f"``payload`` is a ``{info.payload_model}``" if info.payload_model else "no ``payload``"
    return [
        "",
        "",
        f"class {event_class_name(trigger)}(WebhookEvent[{payload}]):",
        f'    """``{trigger}``: {about}."""',
        "",
        "    __slots__ = ()",
        f"    TRIGGER: ClassVar[str] = {_literal(trigger)}",
    ]


def render(derivation: Derivation) -> str:
    """Python source of the generated module (already in ``ruff format`` style)."""
    models = sorted({info.payload_model for info in derivation.triggers.values() if info.payload_model})
    classes = [event_class_name(trigger) for trigger in derivation.triggers]
    names = ["AnyWebhookEvent", *sorted(classes)]
    imports = "".join(f"    from .models import {model}\n" for model in models) or "    pass\n"
    header = _HEADER.format(
        enum=TRIGGER_ENUM, imports=imports, names="".join(f'    "{name}",\n' for name in names)
    )
    lines = [header.rstrip("\n")]
    for trigger, info in derivation.triggers.items():
        lines += _event_class(trigger, info)
    lines += ["", ""]
    if classes:
        members = "".join(f"    {name},\n" for name in [*classes, "UnknownWebhookEvent"])
        lines += [f"AnyWebhookEvent = Union[\n{members}]"]
    else:
        lines += ["AnyWebhookEvent = UnknownWebhookEvent"]
    lines += [
        '"""What :func:`~sinch_provisioning.webhooks.parse_webhook_event` returns: narrow it with',
        '``isinstance`` or ``match`` to get the trigger\'s typed ``payload``."""',
        _SCHEMA.rstrip("\n"),
        "",
        "",
        "TRIGGERS: dict[str, TriggerSchema] = {",
    ]
    for trigger, info in derivation.triggers.items():
        lines += [
            f"    {_literal(trigger)}: TriggerSchema(",
            f"        event={event_class_name(trigger)},",
            f"        payload_model={_literal(info.payload_model)},",
            f"        payload_required={info.payload_required},",
            f"        fields={_tuple(info.fields, ' ' * 8)},",
            f"        required_fields={_tuple(info.required_fields, ' ' * 8)},",
            "    ),",
        ]
    lines += [
        "}",
        '"""Trigger value -> body description, for every typed trigger."""',
        "",
        "CALLBACK_TRIGGERS: dict[str, str] = {",
    ]
    for key, trigger in derivation.callback_triggers.items():
        lines += [f"    {_literal(key)}: {_literal(trigger)},"]
    lines += [
        "}",
        '"""``"METHOD path CallbackName"`` of every mapped callback in the description -> its trigger."""',
        "",
        f"TRIGGERS_WITHOUT_CALLBACKS: tuple[str, ...] = {_tuple(derivation.without_callbacks, '')}",
        '"""Trigger values left untyped, whose events parse as ``UnknownWebhookEvent``: ``ALL``',
        '(a subscription to every trigger) and those ``make generate`` reports."""',
        "",
    ]
    return "\n".join(lines)


def write_module(spec: dict[str, Any], package: Path) -> tuple[Problem, ...]:
    """Derive from the normalised ``spec``, write the module into ``package``; return the problems."""
    derivation = derive(spec)
    (package / MODULE_NAME).write_text(render(derivation), encoding="utf-8")
    return derivation.problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.webhook_events", description=__doc__)
    parser.add_argument(
        "--spec", type=Path, default=Path(__file__).resolve().parent.parent / "openapi" / "provisioning.yaml"
    )
    args = parser.parse_args(argv)
    try:
        derivation = derive(normalise(load_spec(args.spec)))
    except SpecError as exc:
        print(f"webhook_events: {exc}", file=sys.stderr)
        return 1
    for trigger, info in derivation.triggers.items():
        print(f"{trigger:48} {info.name:24} {info.payload_model or '-':22} {len(info.callbacks)} callback(s)")
    for trigger in derivation.without_callbacks:
        print(f"{trigger:48} (untyped)")
    for problem in derivation.problems:
        print(f"webhook_events: warning: {problem}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
