"""Derive which webhook trigger each spec callback is, and what payload it carries.

The description declares webhook deliveries as ``callbacks`` of the operations
that start asynchronous work (57 of them), and the trigger values separately
in the ``WebhookWebhookTriggersEnum`` schema. Nothing in a callback names its
trigger: the body's ``type`` is a bare string. The link is in the names:

* the operation's tag names the subject (``whatsapp_senders`` -> whatsapp, sender);
* the callback's name names the event (``QualityRatingChanged``);
* a trigger value spells both (``WHATSAPP_SENDER_QUALITY_RATING_CHANGED``).

Words are compared after a light stemming (``Onboard`` ~ ``ONBOARDED``,
``StatusUpdate`` ~ ``STATUS_UPDATED``). A callback gets the trigger sharing the
most event words, then the most subject words, then leaving the fewest trigger
words unexplained. The derivation refuses (``SpecError``) rather than guess
when the best trigger is not unique, shares no event or subject word, or when
callbacks that map to one trigger disagree on their name or payload model; a
spec bump that breaks the naming scheme therefore stops ``make generate``.

The result is written into the generated package as ``_webhook_events.py``
(plain data, no spec access at run time) and read by
``sinch_provisioning.webhooks``. ``python -m codegen.webhook_events`` prints the table.
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
    "CallbackInfo",
    "Derivation",
    "TriggerInfo",
    "derive",
    "iter_callbacks",
    "rank",
    "render",
    "write_module",
]

TRIGGER_ENUM = "WebhookWebhookTriggersEnum"
MODULE_NAME = "_webhook_events.py"
_ENVELOPE = ("type", "payload")
_REF = re.compile(r"^#/components/schemas/(?P<name>[A-Za-z_][A-Za-z0-9_]*)$")


@dataclass(frozen=True)
class CallbackInfo:
    """One callback of one operation, reduced to what the mapping needs."""

    key: str  # "POST /v1/projects/{projectId}/whatsapp Comment": unique per callback
    name: str  # the callback's name in the description, e.g. "Comment"
    subject: tuple[str, ...]  # stems of the operation's tag
    event: tuple[str, ...]  # stems of the callback's name
    payload_model: str | None  # component schema of ``payload``; None when there is none
    payload_required: bool
    fields: tuple[str, ...]  # body properties besides type and payload, in document order
    required_fields: tuple[str, ...]


@dataclass(frozen=True)
class TriggerInfo:
    """What every callback of one trigger declares about the body."""

    name: str  # callback name shared by all its callbacks
    payload_model: str | None
    payload_required: bool
    fields: tuple[str, ...]  # union over its callbacks
    required_fields: tuple[str, ...]  # required by every one of its callbacks
    callbacks: tuple[str, ...]  # CallbackInfo.key values


@dataclass(frozen=True)
class Derivation:
    callback_triggers: dict[str, str]  # CallbackInfo.key -> trigger value
    triggers: dict[str, TriggerInfo]  # trigger value -> body description, enum order
    without_callbacks: tuple[str, ...]  # enum values no callback maps to (e.g. "ALL")


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


def iter_callbacks(spec: dict[str, Any]) -> list[CallbackInfo]:
    """Every callback of a normalised description, in document order."""
    found: list[CallbackInfo] = []
    for path, method, operation in iter_operations(spec):
        callbacks = operation.get("callbacks") or {}
        tags = operation.get("tags") or []
        if callbacks and not (isinstance(tags, list) and tags and isinstance(tags[0], str)):
            raise SpecError(f"$.paths[{path!r}].{method}.tags", "an operation with callbacks needs a tag")
        for name, callback in callbacks.items():
            where = f"$.paths[{path!r}].{method}.callbacks.{name}"
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
            found.append(
                CallbackInfo(
                    key=f"{method.upper()} {path} {name}",
                    name=name,
                    subject=_stems(tags[0]),
                    event=_stems(name),
                    payload_model=_payload_model(properties.get("payload"), f"{where}.payload"),
                    payload_required="payload" in required,
                    fields=fields,
                    required_fields=tuple(f for f in fields if f in required),
                )
            )
    return found


# --- matching -------------------------------------------------------------------------------

Score = tuple[int, int, int]


def _score(callback: CallbackInfo, trigger: str) -> Score:
    words = _stems(trigger)
    event = sum(word in callback.event for word in words)
    subject = sum(word in callback.subject and word not in callback.event for word in words)
    return (event, subject, -(len(words) - event - subject))


def rank(callback: CallbackInfo, triggers: list[str]) -> list[tuple[Score, str]]:
    """Triggers ordered best first for ``callback`` (ties in enum order)."""
    scored = [(_score(callback, trigger), index, trigger) for index, trigger in enumerate(triggers)]
    scored.sort(key=lambda entry: (tuple(-part for part in entry[0]), entry[1]))
    return [(score, trigger) for score, _, trigger in scored]


def _match(callback: CallbackInfo, triggers: list[str]) -> str:
    ranked = rank(callback, triggers)
    (best_score, best), runner_up = ranked[0], ranked[1] if len(ranked) > 1 else None
    if best_score[0] == 0 or not set(_stems(best)) & set(callback.subject):
        raise SpecError(callback.key, f"no {TRIGGER_ENUM} value names this callback's subject and event")
    if runner_up is not None and runner_up[0] == best_score:
        raise SpecError(callback.key, f"ambiguous trigger: {best} or {runner_up[1]}")
    return best


def derive(spec: dict[str, Any]) -> Derivation:
    """Map every callback of a normalised ``spec`` to exactly one trigger value."""
    values = trigger_values(spec)
    callbacks = iter_callbacks(spec)
    if not callbacks:
        raise SpecError("$.paths", "no operation declares callbacks")
    mapping: dict[str, str] = {}
    grouped: dict[str, list[CallbackInfo]] = {}
    for callback in callbacks:
        if callback.key in mapping:
            raise SpecError(callback.key, "declared twice")
        trigger = _match(callback, values)
        mapping[callback.key] = trigger
        grouped.setdefault(trigger, []).append(callback)

    triggers: dict[str, TriggerInfo] = {}
    for trigger in values:
        group = grouped.get(trigger)
        if not group:
            continue
        first = group[0]
        for other in group[1:]:
            if other.name != first.name:
                raise SpecError(other.key, f"maps to {trigger} like {first.key!r} but has another name")
            if other.payload_model != first.payload_model:
                raise SpecError(
                    other.key, f"maps to {trigger} but declares another payload than {first.key!r}"
                )
        fields = tuple(dict.fromkeys(f for c in group for f in c.fields))
        triggers[trigger] = TriggerInfo(
            name=first.name,
            payload_model=first.payload_model,
            payload_required=all(c.payload_required for c in group),
            fields=fields,
            required_fields=tuple(f for f in fields if all(f in c.required_fields for c in group)),
            callbacks=tuple(c.key for c in group),
        )
    without = tuple(value for value in values if value not in triggers)
    return Derivation(callback_triggers=mapping, triggers=triggers, without_callbacks=without)


# --- the generated module -------------------------------------------------------------------

_HEADER = '''\
"""Webhook triggers and the body each one carries.

Generated by ``codegen/webhook_events.py`` from the ``callbacks`` of the API
description and its ``{enum}``. Do not edit.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "CALLBACK_TRIGGERS",
    "TRIGGERS",
    "TRIGGERS_WITHOUT_CALLBACKS",
    "TriggerSchema",
]


class TriggerSchema(NamedTuple):
    """The request body the callbacks of one trigger declare."""

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


def render(derivation: Derivation) -> str:
    """Python source of the generated module (already in ``ruff format`` style)."""
    lines = [_HEADER.format(enum=TRIGGER_ENUM), "TRIGGERS: dict[str, TriggerSchema] = {"]
    for trigger, info in derivation.triggers.items():
        lines += [
            f"    {_literal(trigger)}: TriggerSchema(",
            f"        payload_model={_literal(info.payload_model)},",
            f"        payload_required={info.payload_required},",
            f"        fields={_tuple(info.fields, ' ' * 8)},",
            f"        required_fields={_tuple(info.required_fields, ' ' * 8)},",
            "    ),",
        ]
    lines += [
        "}",
        '"""Trigger value -> body description, for every trigger some callback declares."""',
        "",
        "CALLBACK_TRIGGERS: dict[str, str] = {",
    ]
    for key, trigger in derivation.callback_triggers.items():
        lines += [f"    {_literal(key)}: {_literal(trigger)},"]
    lines += [
        "}",
        '"""``"METHOD path CallbackName"`` of every callback in the description -> its trigger."""',
        "",
        f"TRIGGERS_WITHOUT_CALLBACKS: tuple[str, ...] = {_tuple(derivation.without_callbacks, '')}",
        '"""Trigger values that no callback declares (``ALL`` subscribes to every trigger)."""',
        "",
    ]
    return "\n".join(lines)


def write_module(spec: dict[str, Any], package: Path) -> Path:
    """Derive from the normalised ``spec`` and write the module into ``package``."""
    target = package / MODULE_NAME
    target.write_text(render(derive(spec)), encoding="utf-8")
    return target


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
        print(f"{trigger:48} (no callback)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
