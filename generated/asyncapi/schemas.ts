// generated from specs/asyncapi.yaml by clawgate, do not edit
// clawgate WebSocket API 0.1.0: JSON Schemas (2020-12 dialect) and channel metadata.

/** A JSON Schema as ajv accepts it. */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** The name of every message type in messages.ts. */
export type MessageName = "ClientConnectionAckMessage" | "SessionJoinMessage" | "SessionJoinedMessage" | "SessionLeaveMessage" | "SessionLeftMessage" | "MessageSendMessage" | "MessageDeltaMessage" | "MessageCompletedMessage" | "SkillExecuteMessage" | "SkillResultMessage" | "QuotaWarningMessage" | "ClientErrorMessage" | "ClientPingMessage" | "ClientPongMessage" | "GatewayConnectionAckMessage" | "ApiDeployedMessage" | "ApiUndeployedMessage" | "GatewayConfigUpdatedMessage" | "GatewayAckMessage" | "GatewayErrorMessage" | "GatewayPingMessage" | "GatewayPongMessage";

/** The JSON Schema of every message (the whole frame), by message type name. */
export const messageSchemas: Readonly<Record<MessageName, JsonSchema>> = {
  "ClientConnectionAckMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "connection.ack"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "connectionId",
          "orgId",
          "tier",
          "serverTime",
          "heartbeatIntervalMs",
          "maxFrameBytes"
        ],
        "properties": {
          "connectionId": {
            "type": "string",
            "format": "uuid"
          },
          "orgId": {
            "type": "string",
            "format": "uuid"
          },
          "tier": {
            "type": "string",
            "enum": [
              "open_source",
              "teams",
              "government"
            ]
          },
          "serverTime": {
            "type": "string",
            "format": "date-time"
          },
          "heartbeatIntervalMs": {
            "type": "integer",
            "minimum": 1,
            "maximum": 3600000
          },
          "maxFrameBytes": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1073741824
          }
        }
      }
    }
  },
  "SessionJoinMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "session.join"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sessionId"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "format": "uuid"
          }
        }
      }
    }
  },
  "SessionJoinedMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "session.joined"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "expiresAt"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "format": "uuid"
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      }
    }
  },
  "SessionLeaveMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "session.leave"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sessionId"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "format": "uuid"
          }
        }
      }
    }
  },
  "SessionLeftMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "session.left"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "reason"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "format": "uuid"
          },
          "reason": {
            "type": "string",
            "enum": [
              "requested",
              "expired",
              "deleted"
            ]
          }
        }
      }
    }
  },
  "MessageSendMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "message.send"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "content"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "format": "uuid"
          },
          "content": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100000
          },
          "model": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          }
        }
      }
    }
  },
  "MessageDeltaMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "message.delta"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "messageId",
          "index",
          "delta"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "format": "uuid"
          },
          "messageId": {
            "type": "string",
            "format": "uuid"
          },
          "index": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000000
          },
          "delta": {
            "type": "string"
          }
        }
      }
    }
  },
  "MessageCompletedMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "message.completed"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "messageId",
          "content",
          "usage",
          "finishReason"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "format": "uuid"
          },
          "messageId": {
            "type": "string",
            "format": "uuid"
          },
          "content": {
            "type": "string"
          },
          "finishReason": {
            "type": "string",
            "enum": [
              "stop",
              "length"
            ]
          },
          "usage": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "promptTokens",
              "completionTokens",
              "totalTokens"
            ],
            "properties": {
              "promptTokens": {
                "type": "integer",
                "minimum": 0
              },
              "completionTokens": {
                "type": "integer",
                "minimum": 0
              },
              "totalTokens": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        }
      }
    }
  },
  "SkillExecuteMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "skill.execute"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "skill",
          "input"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "format": "uuid"
          },
          "skill": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9_.-]{0,63}$"
          },
          "input": {
            "description": "The skill's input; validated against the skill's `inputSchema`."
          }
        }
      }
    }
  },
  "SkillResultMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "skill.result"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "skill",
          "sessionId",
          "status",
          "durationMs",
          "startedAt",
          "finishedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "skill": {
            "type": "string"
          },
          "sessionId": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "status": {
            "type": "string",
            "enum": [
              "succeeded",
              "failed",
              "timed_out"
            ]
          },
          "output": {
            "description": "The skill's output (matches its `outputSchema`) when `status` is `succeeded`."
          },
          "error": {
            "type": "object",
            "description": "Why it failed or timed out.",
            "additionalProperties": false,
            "required": [
              "code",
              "message"
            ],
            "properties": {
              "code": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "durationMs": {
            "type": "integer",
            "minimum": 0,
            "maximum": 86400000
          },
          "startedAt": {
            "type": "string",
            "format": "date-time"
          },
          "finishedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      }
    }
  },
  "QuotaWarningMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "quota.warning"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "quota",
          "used",
          "limit",
          "percent"
        ],
        "properties": {
          "quota": {
            "type": "string",
            "enum": [
              "sessions",
              "messages",
              "concurrentSessions",
              "websocketConnections",
              "skillsPerSession"
            ]
          },
          "used": {
            "type": "integer",
            "minimum": 0
          },
          "limit": {
            "type": "integer",
            "minimum": 0
          },
          "percent": {
            "type": "number",
            "minimum": 0,
            "maximum": 100
          },
          "resetsAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the monthly quota resets; null for concurrent quotas."
          }
        }
      }
    }
  },
  "ClientErrorMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "error"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Stable error codes; exactly the keys of `ERROR_CODES` in `src/errors.ts` (same as the REST `ErrorCode`).",
            "enum": [
              "validation_failed",
              "bad_request",
              "malformed_json",
              "unauthenticated",
              "forbidden",
              "not_found",
              "route_not_found",
              "method_not_allowed",
              "not_acceptable",
              "request_timeout",
              "conflict",
              "idempotency_key_in_flight",
              "idempotency_key_secret_withheld",
              "idempotency_key_reused",
              "payload_too_large",
              "unsupported_media_type",
              "headers_too_large",
              "rate_limited",
              "quota_exceeded",
              "internal_error",
              "not_implemented",
              "bad_gateway",
              "service_unavailable",
              "database_unavailable",
              "gateway_timeout"
            ]
          },
          "message": {
            "type": "string",
            "description": "Human-readable; safe to show."
          },
          "details": {
            "description": "Free-form, code-specific details (validation errors, limits …)."
          }
        }
      }
    }
  },
  "ClientPingMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "ping"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "properties": {}
      }
    }
  },
  "ClientPongMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "pong"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "serverTime"
        ],
        "properties": {
          "serverTime": {
            "type": "string",
            "format": "date-time"
          }
        }
      }
    }
  },
  "GatewayConnectionAckMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "connection.ack"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "gatewayId",
          "connectionId",
          "serverTime",
          "heartbeatIntervalMs",
          "latestSeq",
          "recovered"
        ],
        "properties": {
          "gatewayId": {
            "type": "string",
            "format": "uuid"
          },
          "connectionId": {
            "type": "string",
            "format": "uuid"
          },
          "serverTime": {
            "type": "string",
            "format": "date-time"
          },
          "heartbeatIntervalMs": {
            "type": "integer",
            "minimum": 1,
            "maximum": 3600000
          },
          "resumeFrom": {
            "type": "integer",
            "description": "A position in a gateway's event log (0 = before the first event).",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "latestSeq": {
            "type": "integer",
            "description": "A position in a gateway's event log (0 = before the first event).",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "oldestRetainedSeq": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 9007199254740991,
            "description": "The oldest event still in the log; null when the log is empty."
          },
          "recovered": {
            "type": "boolean",
            "description": "False when the requested position is older than what is retained — resync over REST, then continue from `latestSeq`."
          }
        }
      }
    }
  },
  "ApiDeployedMessage": {
    "type": "object",
    "description": "The `api.deployed` event frame (same shape on the WebSocket and in `listGatewayEvents`).",
    "additionalProperties": false,
    "required": [
      "type",
      "seq",
      "eventId",
      "correlationId",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "api.deployed"
      },
      "seq": {
        "type": "integer",
        "description": "Per-gateway event sequence number, starting at 1, increasing by 1.",
        "minimum": 1,
        "maximum": 9007199254740991
      },
      "eventId": {
        "type": "string",
        "format": "uuid",
        "description": "Stable id of an event; the same on every redelivery."
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "traceparent": {
        "type": "string",
        "description": "W3C trace context of the request that caused the event.",
        "pattern": "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "apiUuid",
          "revisionId",
          "vhost",
          "environment"
        ],
        "properties": {
          "apiUuid": {
            "type": "string",
            "format": "uuid",
            "description": "Id of the API (`apiId` on the REST surface)."
          },
          "revisionId": {
            "type": "string",
            "format": "uuid",
            "description": "The deployed revision; fetch it with `getApiRuntimeArtifact`."
          },
          "vhost": {
            "type": "string",
            "minLength": 1,
            "maxLength": 253
          },
          "environment": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "deploymentId": {
            "type": "string",
            "format": "uuid"
          }
        }
      }
    }
  },
  "ApiUndeployedMessage": {
    "type": "object",
    "description": "The `api.undeployed` event frame (same shape on the WebSocket and in `listGatewayEvents`).",
    "additionalProperties": false,
    "required": [
      "type",
      "seq",
      "eventId",
      "correlationId",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "api.undeployed"
      },
      "seq": {
        "type": "integer",
        "description": "Per-gateway event sequence number, starting at 1, increasing by 1.",
        "minimum": 1,
        "maximum": 9007199254740991
      },
      "eventId": {
        "type": "string",
        "format": "uuid",
        "description": "Stable id of an event; the same on every redelivery."
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "traceparent": {
        "type": "string",
        "description": "W3C trace context of the request that caused the event.",
        "pattern": "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "apiUuid",
          "vhost",
          "environment"
        ],
        "properties": {
          "apiUuid": {
            "type": "string",
            "format": "uuid"
          },
          "revisionId": {
            "type": "string",
            "format": "uuid"
          },
          "vhost": {
            "type": "string",
            "minLength": 1,
            "maxLength": 253
          },
          "environment": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "deploymentId": {
            "type": "string",
            "format": "uuid"
          }
        }
      }
    }
  },
  "GatewayConfigUpdatedMessage": {
    "type": "object",
    "description": "The `gateway.config.updated` event frame (same shape on the WebSocket and in `listGatewayEvents`).",
    "additionalProperties": false,
    "required": [
      "type",
      "seq",
      "eventId",
      "correlationId",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "gateway.config.updated"
      },
      "seq": {
        "type": "integer",
        "description": "Per-gateway event sequence number, starting at 1, increasing by 1.",
        "minimum": 1,
        "maximum": 9007199254740991
      },
      "eventId": {
        "type": "string",
        "format": "uuid",
        "description": "Stable id of an event; the same on every redelivery."
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "traceparent": {
        "type": "string",
        "description": "W3C trace context of the request that caused the event.",
        "pattern": "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "gatewayId",
          "changes",
          "config"
        ],
        "properties": {
          "gatewayId": {
            "type": "string",
            "format": "uuid"
          },
          "changes": {
            "type": "array",
            "description": "Names of the settings that changed.",
            "items": {
              "type": "string",
              "enum": [
                "name",
                "description",
                "vhost",
                "labels"
              ]
            },
            "uniqueItems": true
          },
          "config": {
            "type": "object",
            "description": "The gateway's settings after the change.",
            "additionalProperties": false,
            "required": [
              "name",
              "description",
              "vhost",
              "labels"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "vhost": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "labels": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    }
  },
  "GatewayAckMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "ack"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq"
        ],
        "properties": {
          "seq": {
            "type": "integer",
            "description": "Per-gateway event sequence number, starting at 1, increasing by 1.",
            "minimum": 1,
            "maximum": 9007199254740991
          }
        }
      }
    }
  },
  "GatewayErrorMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "error"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Stable error codes; exactly the keys of `ERROR_CODES` in `src/errors.ts` (same as the REST `ErrorCode`).",
            "enum": [
              "validation_failed",
              "bad_request",
              "malformed_json",
              "unauthenticated",
              "forbidden",
              "not_found",
              "route_not_found",
              "method_not_allowed",
              "not_acceptable",
              "request_timeout",
              "conflict",
              "idempotency_key_in_flight",
              "idempotency_key_secret_withheld",
              "idempotency_key_reused",
              "payload_too_large",
              "unsupported_media_type",
              "headers_too_large",
              "rate_limited",
              "quota_exceeded",
              "internal_error",
              "not_implemented",
              "bad_gateway",
              "service_unavailable",
              "database_unavailable",
              "gateway_timeout"
            ]
          },
          "message": {
            "type": "string",
            "description": "Human-readable; safe to show."
          },
          "details": {
            "description": "Free-form, code-specific details (validation errors, limits …)."
          }
        }
      }
    }
  },
  "GatewayPingMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "ping"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "properties": {}
      }
    }
  },
  "GatewayPongMessage": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "timestamp",
      "payload"
    ],
    "properties": {
      "type": {
        "type": "string",
        "const": "pong"
      },
      "id": {
        "type": "string",
        "description": "Optional id chosen by the sender of a request; echoed as `correlationId` on the answer.",
        "minLength": 1,
        "maxLength": 128
      },
      "correlationId": {
        "type": "string",
        "description": "On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it.",
        "minLength": 1,
        "maxLength": 128
      },
      "timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "When the frame was created (RFC 3339)."
      },
      "payload": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "serverTime"
        ],
        "properties": {
          "serverTime": {
            "type": "string",
            "format": "date-time"
          }
        }
      }
    }
  }
};

/**
 * Channel metadata by channel id: address, ws bindings, close codes (`x-close-codes`), which
 * message goes which way (keyed by discriminator value), sequence/resume/ack conventions and
 * request/reply pairs.
 */
export const channels = {
  "clientChannel": {
    "id": "clientChannel",
    "address": "/ws",
    "parameters": [],
    "bindings": {
      "ws": {
        "bindingVersion": "0.1.0",
        "method": "GET",
        "headers": {
          "type": "object",
          "description": "One of `Authorization` or `x-api-key` (or the `token` query parameter) is required.",
          "properties": {
            "Authorization": {
              "type": "string",
              "description": "`Bearer <tenant API key or JWT>`",
              "pattern": "^Bearer \\S+$"
            },
            "x-api-key": {
              "type": "string",
              "description": "A tenant API key.",
              "minLength": 1,
              "maxLength": 512
            }
          }
        },
        "query": {
          "type": "object",
          "properties": {
            "token": {
              "type": "string",
              "description": "A tenant API key or JWT, for clients that cannot set headers.",
              "minLength": 1,
              "maxLength": 4096
            }
          }
        }
      }
    },
    "closeCodes": [
      {
        "code": 1000,
        "reason": "normal closure",
        "when": "The client closed, or the server is shutting down gracefully."
      },
      {
        "code": 1001,
        "reason": "going away",
        "when": "The server process is restarting or the peer is navigating away."
      },
      {
        "code": 1007,
        "reason": "invalid frame payload data",
        "when": "A text frame is not valid UTF-8."
      },
      {
        "code": 1008,
        "reason": "policy violation",
        "when": "The API key was revoked or the organization deleted while connected (on any instance), the JWT the connection was opened with expired (reason `token expired`), too many invalid frames in a row, or more pings than 2 per second (burst 20)."
      },
      {
        "code": 1009,
        "reason": "message too big",
        "when": "A frame is larger than 512 KiB."
      },
      {
        "code": 1011,
        "reason": "internal error",
        "when": "An unexpected server error on this connection."
      },
      {
        "code": 1013,
        "reason": "try again later",
        "when": "Slow consumer — the connection's outgoing buffer is full."
      }
    ],
    "server": {
      "discriminator": "type",
      "messages": {
        "connection.ack": "ClientConnectionAckMessage",
        "message.delta": "MessageDeltaMessage",
        "message.completed": "MessageCompletedMessage",
        "quota.warning": "QuotaWarningMessage",
        "error": "ClientErrorMessage",
        "session.joined": "SessionJoinedMessage",
        "session.left": "SessionLeftMessage",
        "skill.result": "SkillResultMessage",
        "pong": "ClientPongMessage"
      }
    },
    "client": {
      "discriminator": "type",
      "messages": {
        "session.join": "SessionJoinMessage",
        "session.leave": "SessionLeaveMessage",
        "message.send": "MessageSendMessage",
        "skill.execute": "SkillExecuteMessage",
        "ping": "ClientPingMessage"
      }
    },
    "sequenceField": null,
    "resume": null,
    "ack": null,
    "requestReply": [
      {
        "operation": "receiveSessionJoin",
        "action": "receive",
        "replyChannel": "clientChannel",
        "requests": [
          "SessionJoinMessage"
        ],
        "replies": [
          "SessionJoinedMessage"
        ]
      },
      {
        "operation": "receiveSessionLeave",
        "action": "receive",
        "replyChannel": "clientChannel",
        "requests": [
          "SessionLeaveMessage"
        ],
        "replies": [
          "SessionLeftMessage"
        ]
      },
      {
        "operation": "receiveSkillExecute",
        "action": "receive",
        "replyChannel": "clientChannel",
        "requests": [
          "SkillExecuteMessage"
        ],
        "replies": [
          "SkillResultMessage"
        ]
      },
      {
        "operation": "receiveClientPing",
        "action": "receive",
        "replyChannel": "clientChannel",
        "requests": [
          "ClientPingMessage"
        ],
        "replies": [
          "ClientPongMessage"
        ]
      }
    ]
  },
  "gatewayEvents": {
    "id": "gatewayEvents",
    "address": "/api/internal/v1/ws/gateways/connect",
    "parameters": [],
    "bindings": {
      "ws": {
        "bindingVersion": "0.1.0",
        "method": "GET",
        "headers": {
          "type": "object",
          "required": [
            "api-key"
          ],
          "properties": {
            "api-key": {
              "type": "string",
              "description": "The gateway's API key.",
              "minLength": 1,
              "maxLength": 512
            },
            "last-event-seq": {
              "type": "string",
              "description": "Resume after this sequence number (a non-negative integer).",
              "pattern": "^(0|[1-9][0-9]{0,15})$"
            }
          }
        },
        "query": {
          "type": "object",
          "properties": {
            "since": {
              "type": "string",
              "description": "Resume after this sequence number (a non-negative integer); `last-event-seq` wins when both are given.",
              "pattern": "^(0|[1-9][0-9]{0,15})$"
            }
          }
        }
      }
    },
    "closeCodes": [
      {
        "code": 1000,
        "reason": "normal closure",
        "when": "The gateway closed, or the server is shutting down gracefully."
      },
      {
        "code": 1001,
        "reason": "going away",
        "when": "The server process is restarting."
      },
      {
        "code": 1007,
        "reason": "invalid frame payload data",
        "when": "A text frame is not valid UTF-8."
      },
      {
        "code": 1008,
        "reason": "policy violation",
        "when": "The gateway was deleted or its api-key rotated while connected, too many invalid frames in a row, or more pings than 2 per second (burst 20)."
      },
      {
        "code": 1009,
        "reason": "message too big",
        "when": "A frame is larger than 1 MiB."
      },
      {
        "code": 1011,
        "reason": "internal error",
        "when": "An unexpected server error on this connection."
      },
      {
        "code": 1013,
        "reason": "try again later",
        "when": "Slow consumer — the connection's outgoing buffer is full."
      }
    ],
    "server": {
      "discriminator": "type",
      "messages": {
        "connection.ack": "GatewayConnectionAckMessage",
        "api.deployed": "ApiDeployedMessage",
        "api.undeployed": "ApiUndeployedMessage",
        "gateway.config.updated": "GatewayConfigUpdatedMessage",
        "error": "GatewayErrorMessage",
        "pong": "GatewayPongMessage"
      }
    },
    "client": {
      "discriminator": "type",
      "messages": {
        "ack": "GatewayAckMessage",
        "ping": "GatewayPingMessage"
      }
    },
    "sequenceField": "seq",
    "resume": {
      "header": "last-event-seq",
      "query": "since"
    },
    "ack": {
      "message": "GatewayAckMessage",
      "key": "ack",
      "seqPath": [
        "payload",
        "seq"
      ],
      "cumulative": true
    },
    "requestReply": [
      {
        "operation": "receiveGatewayPing",
        "action": "receive",
        "replyChannel": "gatewayEvents",
        "requests": [
          "GatewayPingMessage"
        ],
        "replies": [
          "GatewayPongMessage"
        ]
      }
    ]
  }
} as const;
