"""Where the API carries E.164 phone numbers; generated from the spec by codegen/e164_table.py."""

PATH_PARAMETERS: tuple[tuple[str, str, str, str], ...] = (
    ("GET", "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}", "testNumber", "test_number"),
    ("DELETE", "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}", "testNumber", "test_number"),
    ("GET", "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/capabilities", "testNumber", "test_number"),
    ("GET", "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/retry", "testNumber", "test_number"),
)

BODY_FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("POST", "/v1/projects/{projectId}/rcs/senders", ("details", "testNumbers", "*")),
    ("PATCH", "/v1/projects/{projectId}/rcs/senders/{senderId}", ("details", "testNumbers", "*")),
    ("POST", "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers", ("testNumbers", "*")),
)
