from __future__ import annotations

from enum import IntEnum

from .._enums import missing_member


class BundlesHttpStatusCodeEnum(IntEnum):
    """One of: 100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302,
    303, 304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412,
    413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502,
    503, 504, 505, 506, 507, 508, 510, 511.

    Building one from another value raises ``ValueError`` (listing the allowed values); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    VALUE_100 = 100
    VALUE_101 = 101
    VALUE_102 = 102
    VALUE_103 = 103
    VALUE_200 = 200
    VALUE_201 = 201
    VALUE_202 = 202
    VALUE_203 = 203
    VALUE_204 = 204
    VALUE_205 = 205
    VALUE_206 = 206
    VALUE_207 = 207
    VALUE_208 = 208
    VALUE_226 = 226
    VALUE_300 = 300
    VALUE_301 = 301
    VALUE_302 = 302
    VALUE_303 = 303
    VALUE_304 = 304
    VALUE_305 = 305
    VALUE_306 = 306
    VALUE_307 = 307
    VALUE_308 = 308
    VALUE_400 = 400
    VALUE_401 = 401
    VALUE_402 = 402
    VALUE_403 = 403
    VALUE_404 = 404
    VALUE_405 = 405
    VALUE_406 = 406
    VALUE_407 = 407
    VALUE_408 = 408
    VALUE_409 = 409
    VALUE_410 = 410
    VALUE_411 = 411
    VALUE_412 = 412
    VALUE_413 = 413
    VALUE_414 = 414
    VALUE_415 = 415
    VALUE_416 = 416
    VALUE_417 = 417
    VALUE_418 = 418
    VALUE_421 = 421
    VALUE_422 = 422
    VALUE_423 = 423
    VALUE_424 = 424
    VALUE_425 = 425
    VALUE_426 = 426
    VALUE_428 = 428
    VALUE_429 = 429
    VALUE_431 = 431
    VALUE_451 = 451
    VALUE_500 = 500
    VALUE_501 = 501
    VALUE_502 = 502
    VALUE_503 = 503
    VALUE_504 = 504
    VALUE_505 = 505
    VALUE_506 = 506
    VALUE_507 = 507
    VALUE_508 = 508
    VALUE_510 = 510
    VALUE_511 = 511

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> BundlesHttpStatusCodeEnum | None:
        return missing_member(cls, value)
