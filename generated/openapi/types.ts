// generated from specs/openapi.yaml by clawgate, do not edit

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 while the process runs. No dependency is checked.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description 200 when the database answers, migrations are applied, Redis answers (when configured) and
         *     the server is not shutting down; otherwise 503 with the same body. During graceful shutdown
         *     this turns 503 first.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Full health report
         * @description One entry per dependency: database, Redis, disk space of the state dir, process memory.
         *     `skipped` means the dependency is not configured (Redis without `REDIS_URL`). 200 when no
         *     check is `down`, else 503 with the same body.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/info": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Build and runtime information
         * @description Name, version, git commit, uptime, runtime environment and mode (which database and bus backends run).
         */
        get: operations["getInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Prometheus text exposition format 0.0.4 (the server may add `; charset=utf-8`).
         *     Unauthenticated on purpose, like most Prometheus targets: operators restrict it at the
         *     network (bind, firewall, ingress). Label values are bounded (route templates, org ids —
         *     never keys or raw paths).
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Cursor-paginated, oldest first.
         */
        get: operations["listOrgs"];
        put?: never;
        /**
         * Create an organization
         * @description Creates the organization and its first API key. The key is shown only here.
         */
        post: operations["createOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Organization id.
                 * @example 8a6e0804-2bd0-4672-b79d-d97027f9071a
                 */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        /**
         * Get an organization
         * @description The admin token reads any organization; tenant credentials read only their own (another id answers 404).
         */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        /**
         * Delete an organization
         * @description Deletes the organization with its keys, sessions and messages; its keys stop working at once.
         */
        delete: operations["deleteOrg"];
        options?: never;
        head?: never;
        /**
         * Update an organization
         * @description Renames it or changes its tier; new tier limits apply from the next request.
         */
        patch: operations["updateOrg"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the calling organization's API keys
         * @description Never returns key material, only the prefix.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key for the calling organization
         * @description The full key is returned only in this response; the server keeps a hash.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API key id.
                 * @example 0f4c2d8e-9b1a-4e7f-8c6d-5a3b2e1f0a9c
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke one of the calling organization's API keys
         * @description The key stops working at once; `/ws` connections opened with it are closed with 1008.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/gateways": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List gateways
         * @description Cursor-paginated, oldest first.
         */
        get: operations["listGateways"];
        put?: never;
        /**
         * Register a gateway
         * @description Registers a gateway and returns its API key once (stored hashed). The gateway uses it as the `api-key` header on the event channel.
         */
        post: operations["registerGateway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/gateways/{gatewayId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        /**
         * Get a gateway
         * @description The gateway's registration (never its key).
         */
        get: operations["getGateway"];
        put?: never;
        post?: never;
        /**
         * Delete a gateway
         * @description Deletes the gateway, its keys, deployments and event log, and closes its live connections with 1008.
         */
        delete: operations["deleteGateway"];
        options?: never;
        head?: never;
        /**
         * Update a gateway's settings
         * @description Changes the gateway's name, description, vhost or labels. When anything changed, a `gateway.config.updated` event (with the names of the changed settings and the settings after the change) is appended to the gateway's event log in the same transaction and delivered to every connection of the gateway.
         */
        patch: operations["updateGateway"];
        trace?: never;
    };
    "/api/internal/v1/gateways/{gatewayId}/api-keys": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a gateway's API key
         * @description Issues a new key (shown once) and revokes the previous ones; the gateway's live connections are closed with 1008 and must reconnect with the new key.
         */
        post: operations["rotateGatewayApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/gateways/{gatewayId}/events": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        /**
         * Read a gateway's event log
         * @description The durable per-gateway log the event channel delivers from, over HTTP: events with
         *     `seq > after`, in order, at most `limit`. Items are the same frames the WebSocket sends.
         *     When `after + 1 < oldestRetainedSeq` events were dropped from retention: resync with
         *     `listGatewayDeployments`, then continue from `latestSeq`. A gateway key may read only its
         *     own gateway's log (another gateway id answers 403).
         */
        get: operations["listGatewayEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/gateways/{gatewayId}/deployments": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        /**
         * List what is deployed on a gateway
         * @description The active deployments of the gateway (for a full resync after `recovered=false`). A gateway key may read only its own gateway (another id answers 403).
         */
        get: operations["listGatewayDeployments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/apis": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List APIs
         * @description Cursor-paginated, oldest first.
         */
        get: operations["listApis"];
        put?: never;
        /**
         * Create an API
         * @description Creates the API and its first revision.
         */
        post: operations["createApi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/apis/{apiId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        /**
         * Get an API
         * @description The API with its latest revision id.
         */
        get: operations["getApi"];
        /**
         * Replace an API
         * @description Replaces the definition and creates a new revision (`revisionId` changes). Existing deployments keep their revision until redeployed.
         */
        put: operations["updateApi"];
        post?: never;
        /**
         * Delete an API
         * @description Deletes the API; every active deployment is undeployed first (each gateway gets `api.undeployed`).
         */
        delete: operations["deleteApi"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/apis/{apiId}/deployments": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        /**
         * List an API's deployments
         * @description Active and past deployments of the API, newest first.
         */
        get: operations["listApiDeployments"];
        put?: never;
        /**
         * Deploy an API revision to a gateway
         * @description Records the deployment and, in the same transaction, appends an `api.deployed` event to the
         *     gateway's log; every connection of that gateway receives it. Deploying to a
         *     (gateway, vhost, environment) where this API is already deployed replaces that deployment.
         */
        post: operations["deployApi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/apis/{apiId}/deployments/{deploymentId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
                /**
                 * @description Deployment id.
                 * @example 6f708192-a3b4-4c5d-9e6f-708192a3b4c5
                 */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Undeploy
         * @description Marks the deployment undeployed and appends an `api.undeployed` event to the gateway's log in the same transaction. Undeploying twice answers 404.
         */
        delete: operations["undeployApi"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/api-runtime-artifacts/{apiId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        /**
         * Fetch the runtime definition of an API
         * @description Everything a proxy needs to serve the API (routes, upstreams, revision). Defaults to the latest revision; pass `revisionId` from `api.deployed` to get exactly that one.
         */
        get: operations["getApiRuntimeArtifact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/internal/v1/stats": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Platform statistics
         * @description Gateway connections on every instance and event-delivery counters. Counters are since process start of the answering instance unless Redis is configured.
         */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description The calling organization's sessions, newest first, cursor-paginated.
         */
        get: operations["listSessions"];
        put?: never;
        /**
         * Create a session
         * @description Counts toward the monthly `sessions` and the `concurrentSessions` quotas (429 `quota_exceeded` when used up). The session expires `ttlSeconds` after its last update.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Session id.
                 * @example 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get a session
         * @description Another organization's session, or an unknown id, answers 404. Expired sessions are returned with `status` `expired` until they are purged.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Delete a session
         * @description Deletes the session and its messages; `/ws` connections that joined it get `session.left` (reason `deleted`).
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        /**
         * Update a session
         * @description Changes TTL (the expiry moves to now + ttlSeconds), metadata (replaced as a whole) or model. An expired session answers 409.
         */
        patch: operations["updateSession"];
        trace?: never;
    };
    "/v1/sessions/{sessionId}/messages": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Session id.
                 * @example 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * List a session's messages
         * @description Oldest first, cursor-paginated.
         */
        get: operations["listSessionMessages"];
        put?: never;
        /**
         * Append a message to a session
         * @description Stores the message (no completion is run; use `createChatCompletion` with `session_id`, or `message.send` on `/ws`). Counts toward the monthly `messages` quota. An expired session answers 409.
         */
        post: operations["createSessionMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat completion (OpenAI-compatible)
         * @description OpenAI-compatible. The answer comes from the configured provider (a deterministic built-in
         *     model in development and tests, an OpenAI-compatible upstream in production). With
         *     `stream: true` the response is `text/event-stream`: one `data: <ChatCompletionChunk JSON>`
         *     event per chunk, then `data: [DONE]`. With `session_id` the request's last user message and
         *     the answer are stored in that session, and the session's history is prepended. Usage counts
         *     toward the `messages` quota. Unknown models answer 404.
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List models (OpenAI-compatible)
         * @description The models the configured provider offers.
         */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List skills
         * @description Every skill in the registry.
         */
        get: operations["listSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skillName}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Skill name (never `executions`, which is reserved for the executions path).
                 * @example echo
                 */
                skillName: components["parameters"]["SkillName"];
            };
            cookie?: never;
        };
        /**
         * Get a skill
         * @description Name, description, input/output JSON Schemas and timeout.
         */
        get: operations["getSkill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{skillName}/executions": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Skill name (never `executions`, which is reserved for the executions path).
                 * @example echo
                 */
                skillName: components["parameters"]["SkillName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a skill
         * @description Validates `input` against the skill's `inputSchema` (400 when it does not match), runs the
         *     skill with its timeout and records the execution. A skill that fails or times out still
         *     answers 201 with `status` `failed` / `timed_out`. With `sessionId` it counts toward the
         *     `skillsPerSession` quota.
         */
        post: operations["executeSkill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/executions/{executionId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Skill execution id.
                 * @example 2b3c4d5e-6f70-4a81-9b2c-3d4e5f6a7b8c
                 */
                executionId: components["parameters"]["ExecutionId"];
            };
            cookie?: never;
        };
        /**
         * Get a skill execution
         * @description One recorded execution of the calling organization.
         */
        get: operations["getSkillExecution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Quotas and rate limit of the calling organization
         * @description Usage of every quota this month (monthly quotas reset at 00:00 UTC on the 1st), concurrent quotas now, and the per-minute rate limit.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Stable error codes; exactly the keys of `ERROR_CODES` in `src/errors.ts`.
         * @enum {string}
         */
        ErrorCode: "validation_failed" | "bad_request" | "malformed_json" | "unauthenticated" | "forbidden" | "not_found" | "route_not_found" | "method_not_allowed" | "not_acceptable" | "request_timeout" | "conflict" | "idempotency_key_in_flight" | "idempotency_key_secret_withheld" | "idempotency_key_reused" | "payload_too_large" | "unsupported_media_type" | "headers_too_large" | "rate_limited" | "quota_exceeded" | "internal_error" | "not_implemented" | "bad_gateway" | "service_unavailable" | "database_unavailable" | "gateway_timeout";
        /** @description The one error body of every error response. */
        ErrorEnvelope: {
            error: {
                code: components["schemas"]["ErrorCode"];
                /** @description Human-readable; safe to show; never a stack trace outside development. */
                message: string;
                /** @description Same value as the `X-Request-Id` response header. */
                correlationId: string;
                /** @description Free-form, code-specific details (validation errors, limits …). */
                details?: unknown;
            };
        };
        /** Format: uuid */
        Uuid: string;
        /** Format: date-time */
        Timestamp: string;
        /** Format: date-time */
        NullableTimestamp: string | null;
        /** @description Cursor for the next page; null on the last page. */
        NextCursor: string | null;
        /** @enum {string} */
        CheckStatus: "up" | "down" | "skipped";
        CheckResult: {
            status: components["schemas"]["CheckStatus"];
            latencyMs?: number;
            /** @description Check-specific facts (error message, free bytes, RSS …). */
            details?: {
                [key: string]: unknown;
            };
        };
        LivenessReport: {
            /** @constant */
            status: "ok";
            uptimeSeconds?: number;
        };
        ReadinessReport: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            checks: {
                database: components["schemas"]["CheckResult"];
                migrations: components["schemas"]["CheckResult"];
                redis: components["schemas"]["CheckResult"];
                shutdown: components["schemas"]["CheckResult"];
            };
        };
        HealthReport: {
            /**
             * @description `ok` when nothing is down, `down` otherwise.
             * @enum {string}
             */
            status: "ok" | "down";
            timestamp: components["schemas"]["Timestamp"];
            uptimeSeconds?: number;
            checks: {
                database: components["schemas"]["CheckResult"];
                redis: components["schemas"]["CheckResult"];
                disk: components["schemas"]["CheckResult"];
                memory: components["schemas"]["CheckResult"];
            };
        };
        Info: {
            name: string;
            version: string;
            /** @description Git commit the build came from; null when unknown. */
            commit: string | null;
            uptimeSeconds: number;
            mode: {
                /** @enum {string} */
                database: "postgres" | "pglite";
                /** @enum {string} */
                bus: "redis" | "memory";
            };
            /** @enum {string} */
            env: "development" | "test" | "production";
        };
        /**
         * @description Limits per tier (configurable): rate 100/500/2000 per minute; see `Usage`.
         * @enum {string}
         */
        Tier: "open_source" | "teams" | "government";
        Org: {
            id: components["schemas"]["Uuid"];
            name: string;
            tier: components["schemas"]["Tier"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        OrgName: string;
        CreateOrgRequest: {
            name: components["schemas"]["OrgName"];
            tier: components["schemas"]["Tier"];
        };
        UpdateOrgRequest: {
            name?: components["schemas"]["OrgName"];
            tier?: components["schemas"]["Tier"];
        };
        CreatedOrg: {
            org: components["schemas"]["Org"];
            apiKey: components["schemas"]["CreatedApiKey"];
        };
        OrgPage: {
            items: components["schemas"]["Org"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description An API key without its secret. */
        ApiKey: {
            id: components["schemas"]["Uuid"];
            name: string | null;
            /** @description The first characters of the key, to recognise it. */
            prefix: string;
            createdAt: components["schemas"]["Timestamp"];
            expiresAt: components["schemas"]["NullableTimestamp"];
            lastUsedAt: components["schemas"]["NullableTimestamp"];
        };
        /** @description A newly created API key; `key` is shown only once. */
        CreatedApiKey: {
            id: components["schemas"]["Uuid"];
            name: string | null;
            prefix: string;
            /** @description The secret. Store it now; it cannot be read again. */
            key: string;
            createdAt: components["schemas"]["Timestamp"];
            expiresAt: components["schemas"]["NullableTimestamp"];
        };
        CreateApiKeyRequest: {
            name?: string;
            /**
             * Format: date-time
             * @description Must be in the future.
             */
            expiresAt?: string;
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description Free-form string labels. */
        Labels: {
            [key: string]: string;
        };
        /** @description A virtual host name (a `*.` wildcard prefix is allowed). */
        Hostname: string;
        Gateway: {
            id: components["schemas"]["Uuid"];
            name: string;
            description: string | null;
            vhost: string | null;
            labels: components["schemas"]["Labels"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A gateway as returned once at registration, with its API key. */
        RegisteredGateway: {
            id: components["schemas"]["Uuid"];
            name: string;
            description: string | null;
            vhost: string | null;
            labels: components["schemas"]["Labels"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            /** @description The gateway's key; shown only once. */
            apiKey: string;
        };
        RegisterGatewayRequest: {
            name: string;
            description?: string;
            vhost?: components["schemas"]["Hostname"];
            labels?: components["schemas"]["Labels"];
        };
        UpdateGatewayRequest: {
            name?: string;
            description?: string | null;
            vhost?: components["schemas"]["Hostname"] | null;
            labels?: components["schemas"]["Labels"];
        };
        GatewayPage: {
            items: components["schemas"]["Gateway"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description A newly issued gateway key; shown only once. */
        GatewayApiKey: {
            gatewayId: components["schemas"]["Uuid"];
            apiKey: string;
            prefix: string;
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
        CorrelationId: string;
        /** @description Per-gateway event sequence number, starting at 1, increasing by 1. */
        Seq: number;
        /** @description A position in a gateway's event log (0 = before the first event). */
        SeqPosition: number;
        /**
         * Format: uuid
         * @description Stable id of an event; the same on every redelivery.
         */
        EventId: string;
        /** @description W3C trace context of the request that caused the event. */
        Traceparent: string;
        /** @description One event of a gateway's log; discriminated by `type`. */
        GatewayEvent: components["schemas"]["ApiDeployedEvent"] | components["schemas"]["ApiUndeployedEvent"] | components["schemas"]["GatewayConfigUpdatedEvent"];
        /** @description The `api.deployed` event frame (same shape on the WebSocket and in `listGatewayEvents`). */
        ApiDeployedEvent: {
            /** @constant */
            type: "api.deployed";
            seq: components["schemas"]["Seq"];
            eventId: components["schemas"]["EventId"];
            correlationId: components["schemas"]["CorrelationId"];
            timestamp: components["schemas"]["Timestamp"];
            traceparent?: components["schemas"]["Traceparent"];
            payload: components["schemas"]["ApiDeployedPayload"];
        };
        /** @description The `api.undeployed` event frame (same shape on the WebSocket and in `listGatewayEvents`). */
        ApiUndeployedEvent: {
            /** @constant */
            type: "api.undeployed";
            seq: components["schemas"]["Seq"];
            eventId: components["schemas"]["EventId"];
            correlationId: components["schemas"]["CorrelationId"];
            timestamp: components["schemas"]["Timestamp"];
            traceparent?: components["schemas"]["Traceparent"];
            payload: components["schemas"]["ApiUndeployedPayload"];
        };
        /** @description The `gateway.config.updated` event frame (same shape on the WebSocket and in `listGatewayEvents`). */
        GatewayConfigUpdatedEvent: {
            /** @constant */
            type: "gateway.config.updated";
            seq: components["schemas"]["Seq"];
            eventId: components["schemas"]["EventId"];
            correlationId: components["schemas"]["CorrelationId"];
            timestamp: components["schemas"]["Timestamp"];
            traceparent?: components["schemas"]["Traceparent"];
            payload: components["schemas"]["GatewayConfigUpdatedPayload"];
        };
        ApiDeployedPayload: {
            /**
             * Format: uuid
             * @description Id of the API (`apiId` on the REST surface).
             */
            apiUuid: string;
            /**
             * Format: uuid
             * @description The deployed revision; fetch it with `getApiRuntimeArtifact`.
             */
            revisionId: string;
            vhost: string;
            environment: string;
            /** Format: uuid */
            deploymentId?: string;
        };
        ApiUndeployedPayload: {
            /** Format: uuid */
            apiUuid: string;
            /** Format: uuid */
            revisionId?: string;
            vhost: string;
            environment: string;
            /** Format: uuid */
            deploymentId?: string;
        };
        GatewayConfigUpdatedPayload: {
            /** Format: uuid */
            gatewayId: string;
            /** @description Names of the settings that changed. */
            changes: ("name" | "description" | "vhost" | "labels")[];
            config: components["schemas"]["GatewayConfig"];
        };
        /** @description The gateway's settings after the change. */
        GatewayConfig: {
            name: string;
            description: string | null;
            vhost: string | null;
            labels: {
                [key: string]: string;
            };
        };
        GatewayEventPage: {
            items: components["schemas"]["GatewayEvent"][];
            latestSeq: components["schemas"]["SeqPosition"];
            /** @description The oldest event still retained; null when the log is empty. */
            oldestRetainedSeq: number | null;
        };
        Upstream: {
            /** Format: uri */
            url: string;
            /** @default 1 */
            weight: number;
        };
        ResolvedUpstream: {
            url: string;
            weight: number;
        };
        /** @description Path prefix the API is served under. */
        ContextPath: string;
        CreateApiRequest: {
            name: string;
            contextPath: components["schemas"]["ContextPath"];
            vhost?: components["schemas"]["Hostname"];
            upstreams: components["schemas"]["Upstream"][];
            /** @default v1 */
            version: string;
            description?: string;
        };
        UpdateApiRequest: components["schemas"]["CreateApiRequest"];
        Api: {
            id: components["schemas"]["Uuid"];
            name: string;
            contextPath: string;
            vhost: string | null;
            version: string;
            description: string | null;
            upstreams: components["schemas"]["ResolvedUpstream"][];
            /** @description The latest revision (changes on every update). */
            revisionId: components["schemas"]["Uuid"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        ApiPage: {
            items: components["schemas"]["Api"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        Environment: string;
        DeployApiRequest: {
            gatewayId: components["schemas"]["Uuid"];
            revisionId: components["schemas"]["Uuid"];
            vhost: components["schemas"]["Hostname"];
            environment: components["schemas"]["Environment"];
        };
        Deployment: {
            id: components["schemas"]["Uuid"];
            apiId: components["schemas"]["Uuid"];
            gatewayId: components["schemas"]["Uuid"];
            revisionId: components["schemas"]["Uuid"];
            vhost: string;
            environment: string;
            /** @enum {string} */
            status: "deployed" | "undeployed";
            deployedAt: components["schemas"]["Timestamp"];
            undeployedAt: components["schemas"]["NullableTimestamp"];
        };
        DeploymentPage: {
            items: components["schemas"]["Deployment"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description One revision of an API, as a proxy applies it. */
        ApiRuntimeArtifact: {
            apiId: components["schemas"]["Uuid"];
            revisionId: components["schemas"]["Uuid"];
            name: string;
            version: string;
            contextPath: string;
            vhost: string | null;
            upstreams: components["schemas"]["ResolvedUpstream"][];
            /** @description Routes to install; the longest matching `pathPrefix` wins. */
            routes: {
                pathPrefix: string;
                /** @description Allowed methods; empty = all. */
                methods: ("GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS")[];
            }[];
            /** @description When this revision was created. */
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description Gateway connections on every instance and event-delivery counters. */
        Stats: {
            gatewayConnections: {
                totalActive: number;
                connections: {
                    gatewayId: components["schemas"]["Uuid"];
                    connectionId: components["schemas"]["Uuid"];
                    connectedAt: components["schemas"]["Timestamp"];
                    lastHeartbeat: components["schemas"]["Timestamp"];
                    /**
                     * @description `connected` while heartbeats arrive; `stale` after a missed heartbeat, until the connection is terminated.
                     * @enum {string}
                     */
                    status: "connected" | "stale";
                }[];
            };
            eventDelivery: {
                totalEventsSent: number;
                failedDeliveries: number;
                lastFailureTime: components["schemas"]["NullableTimestamp"];
                lastFailureReason: string | null;
            };
        };
        /** @enum {string} */
        SessionStatus: "active" | "expired";
        /** @description Free-form JSON object (at most 64 keys). */
        Metadata: {
            [key: string]: unknown;
        };
        /** @description Seconds until the session expires (1 minute to 30 days). */
        TtlSeconds: number;
        ModelId: string;
        Session: {
            id: components["schemas"]["Uuid"];
            status: components["schemas"]["SessionStatus"];
            model: string | null;
            metadata: components["schemas"]["Metadata"];
            ttlSeconds: components["schemas"]["TtlSeconds"];
            messageCount: number;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            expiresAt: components["schemas"]["Timestamp"];
        };
        CreateSessionRequest: {
            /** @default 3600 */
            ttlSeconds: components["schemas"]["TtlSeconds"];
            metadata?: components["schemas"]["Metadata"];
            model?: components["schemas"]["ModelId"];
        };
        UpdateSessionRequest: {
            ttlSeconds?: components["schemas"]["TtlSeconds"];
            metadata?: components["schemas"]["Metadata"];
            model?: components["schemas"]["ModelId"];
        };
        SessionPage: {
            items: components["schemas"]["Session"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        Role: "system" | "user" | "assistant" | "tool";
        MessageContent: string;
        SessionMessage: {
            id: components["schemas"]["Uuid"];
            sessionId: components["schemas"]["Uuid"];
            role: components["schemas"]["Role"];
            content: string;
            createdAt: components["schemas"]["Timestamp"];
        };
        CreateSessionMessageRequest: {
            /** @default user */
            role: components["schemas"]["Role"];
            content: components["schemas"]["MessageContent"];
        };
        SessionMessagePage: {
            items: components["schemas"]["SessionMessage"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        ChatMessage: {
            role: components["schemas"]["Role"];
            content: components["schemas"]["MessageContent"];
            name?: string;
            tool_call_id?: string;
        };
        /** @description The OpenAI chat completions request (the subset clawgate supports; other fields are rejected). */
        CreateChatCompletionRequest: {
            model: components["schemas"]["ModelId"];
            messages: components["schemas"]["ChatMessage"][];
            /** @default 1 */
            temperature: number;
            top_p?: number;
            max_tokens?: number;
            /** @default false */
            stream: boolean;
            stop?: string | string[];
            user?: string;
            /** @description Store the exchange in this session and prepend its history. */
            session_id?: components["schemas"]["Uuid"];
        };
        /** @enum {string} */
        FinishReason: "stop" | "length";
        CompletionUsage: {
            prompt_tokens: number;
            completion_tokens: number;
            total_tokens: number;
        };
        ChatCompletion: {
            id: string;
            /** @constant */
            object: "chat.completion";
            /** @description Unix seconds. */
            created: number;
            model: string;
            choices: {
                index: number;
                message: {
                    /** @constant */
                    role: "assistant";
                    content: string;
                };
                finish_reason: components["schemas"]["FinishReason"];
            }[];
            usage: components["schemas"]["CompletionUsage"];
            session_id?: components["schemas"]["Uuid"];
        };
        /** @description One `data:` event of a streamed completion. */
        ChatCompletionChunk: {
            id: string;
            /** @constant */
            object: "chat.completion.chunk";
            created: number;
            model: string;
            choices: {
                index: number;
                delta: {
                    /** @constant */
                    role?: "assistant";
                    content?: string;
                };
                finish_reason: components["schemas"]["FinishReason"] | null;
            }[];
            usage?: components["schemas"]["CompletionUsage"];
        };
        Model: {
            id: string;
            /** @constant */
            object: "model";
            created: number;
            owned_by: string;
        };
        ModelList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Model"][];
        };
        SkillName: string;
        /** @description A JSON Schema (draft 2020-12) document. */
        JsonSchemaObject: {
            [key: string]: unknown;
        };
        Skill: {
            name: string;
            description: string;
            inputSchema: components["schemas"]["JsonSchemaObject"];
            outputSchema: components["schemas"]["JsonSchemaObject"];
            timeoutMs: number;
        };
        SkillList: {
            items: components["schemas"]["Skill"][];
        };
        ExecuteSkillRequest: {
            /** @description The skill's input; must match its `inputSchema`. */
            input: unknown;
            sessionId?: components["schemas"]["Uuid"];
        };
        SkillExecution: {
            /** Format: uuid */
            id: string;
            skill: string;
            /** Format: uuid */
            sessionId: string | null;
            /** @enum {string} */
            status: "succeeded" | "failed" | "timed_out";
            /** @description The skill's output (matches its `outputSchema`) when `status` is `succeeded`. */
            output?: unknown;
            /** @description Why it failed or timed out. */
            error?: {
                code: string;
                message: string;
            };
            durationMs: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string;
        };
        QuotaUsage: {
            used: number;
            limit: number;
            /** @description When a monthly quota resets; null for concurrent quotas. */
            resetsAt: components["schemas"]["NullableTimestamp"];
        };
        /** @description `details` of a 429 `quota_exceeded` error: which quota refused the work, its limit, the usage that refused it, and when a monthly quota resets (null for concurrent and per-session quotas). */
        QuotaExceededDetails: {
            /** @enum {string} */
            quota: "sessions" | "messages" | "concurrentSessions" | "websocketConnections" | "skillsPerSession";
            limit: number;
            used: number;
            resetsAt: components["schemas"]["NullableTimestamp"];
        };
        Usage: {
            orgId: components["schemas"]["Uuid"];
            tier: components["schemas"]["Tier"];
            /** @description The current monthly quota period (UTC). */
            period: {
                start: components["schemas"]["Timestamp"];
                end: components["schemas"]["Timestamp"];
            };
            rateLimit: {
                limitPerMinute: number;
                remaining: number;
                resetsAt: components["schemas"]["Timestamp"];
            };
            /** @description `skillsPerSession.used` is the highest count among active sessions. */
            quotas: {
                sessions: components["schemas"]["QuotaUsage"];
                messages: components["schemas"]["QuotaUsage"];
                concurrentSessions: components["schemas"]["QuotaUsage"];
                websocketConnections: components["schemas"]["QuotaUsage"];
                skillsPerSession: components["schemas"]["QuotaUsage"];
            };
        };
    };
    responses: {
        /** @description The request does not match the contract (`validation_failed`; a number that is not a finite decimal, such as `Infinity` or `1e400`, included) or its body is not JSON, or not valid data of its `Content-Encoding` (`malformed_json`). */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Missing, malformed, expired, revoked or unknown credentials. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Authenticated, but these credentials may not do this. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No such resource (or it belongs to another organization). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Conflicts with the current state (duplicate name, already deployed …). */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description Conflicts with the current state (`conflict`: duplicate name …), or about the
         *     `Idempotency-Key`: a request with this key is still running (`idempotency_key_in_flight`,
         *     with `Retry-After`), or the earlier request with this key succeeded with a secret shown once,
         *     which is not replayed (`idempotency_key_secret_withheld`).
         */
        ConflictOrIdempotencyConflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                "Retry-After": components["headers"]["RetryAfterInFlight"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The `Idempotency-Key` was already used by this caller for a different request (method, path or body). */
        IdempotencyKeyReused: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The body is larger than the limit (1 MiB by default). */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The body is not `application/json`, or its `Content-Encoding` is not one of gzip, deflate, br. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Too many failed authentication attempts (`rate_limited`): from this source address, or against this credential (the admin token, or a key's visible prefix) by an address that failed too. Every attempt is refused, even with a correct credential, until `Retry-After` seconds have passed (`CLAWGATE_AUTH_FAILURE_LIMIT` failures per `CLAWGATE_AUTH_FAILURE_WINDOW_MS`, default 10 per minute). */
        TooManyAuthFailures: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Rate limited (`rate_limited`: the per-minute limit, or too many failed authentication attempts as in `TooManyAuthFailures`) or a quota is used up (`quota_exceeded`, with `details` as in `QuotaExceededDetails`; `Retry-After` is the time to the monthly reset, at most a day, or for other quotas the time a crashed instance's slots take to free). */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Unexpected server error; the body never contains a stack trace outside development. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The operation is in the contract but this server has no handler for it yet. */
        NotImplemented: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description A required dependency is down or the server is shutting down. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
         * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
         */
        RequestIdHeader: string;
        /**
         * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
         *     the retention period (24 hours by default) replays the first response (with
         *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
         * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
         */
        IdempotencyKey: string;
        /**
         * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
         * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
         */
        TraceparentHeader: string;
        /**
         * @description Page size.
         * @example 20
         */
        Limit: number;
        /**
         * @description Opaque cursor from a previous page's `nextCursor`.
         * @example eyJpZCI6IjhhNmUwODA0In0
         */
        Cursor: string;
        /**
         * @description Organization id.
         * @example 8a6e0804-2bd0-4672-b79d-d97027f9071a
         */
        OrgId: string;
        /**
         * @description API key id.
         * @example 0f4c2d8e-9b1a-4e7f-8c6d-5a3b2e1f0a9c
         */
        KeyId: string;
        /**
         * @description Gateway id.
         * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
         */
        GatewayId: string;
        /**
         * @description API id (`apiUuid` in events).
         * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
         */
        ApiId: string;
        /**
         * @description Deployment id.
         * @example 6f708192-a3b4-4c5d-9e6f-708192a3b4c5
         */
        DeploymentId: string;
        /**
         * @description Session id.
         * @example 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b
         */
        SessionId: string;
        /**
         * @description Skill name (never `executions`, which is reserved for the executions path).
         * @example echo
         */
        SkillName: components["schemas"]["SkillName"];
        /**
         * @description Skill execution id.
         * @example 2b3c4d5e-6f70-4a81-9b2c-3d4e5f6a7b8c
         */
        ExecutionId: string;
        /**
         * @description Return events with `seq` greater than this (0 = from the start).
         * @example 41
         */
        After: number;
        /**
         * @description Maximum number of events.
         * @example 100
         */
        EventLimit: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The body carries a secret shown once; no cache (browser, proxy or CDN) may keep it.
         * @example no-store
         */
        CacheControlNoStore: "no-store";
        /**
         * @description Present, `true`, when this response is the stored response of an earlier request with the same `Idempotency-Key`.
         * @example true
         */
        IdempotentReplayed: "true";
        /**
         * @description On `idempotency_key_in_flight` only; seconds until the running request's claim on the key lapses.
         * @example 5
         */
        RetryAfterInFlight: number;
        /**
         * @description The correlation id of this request (the incoming `X-Request-Id` when valid, else generated). Also in every log line and in `error.correlationId`.
         * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
         */
        XRequestId: string;
        /**
         * @description URL of the created resource.
         * @example /v1/orgs/8a6e0804-2bd0-4672-b79d-d97027f9071a
         */
        Location: string;
        /**
         * @description Seconds to wait before retrying.
         * @example 30
         */
        RetryAfter: number;
        /**
         * @description On tenant operations: what is left of the caller organization's per-minute limit (IETF `draft-ietf-httpapi-ratelimit-headers-08`, a Structured Fields list): the policy name (the organization's tier), `r` requests remaining in the current window and `t` seconds until the window resets. Absent for the admin token.
         * @example "teams";r=499;t=60
         */
        RateLimit: string;
        /**
         * @description On tenant operations: the caller organization's per-minute limit (IETF `draft-ietf-httpapi-ratelimit-headers-08`): the policy name (the tier), `q` requests allowed per window of `w` seconds. Absent for the admin token.
         * @example "teams";q=500;w=60
         */
        RateLimitPolicy: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve traffic. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            /** @description Not ready (a required dependency is down, or the server is shutting down). */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessReport"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency is up or skipped. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
            /** @description At least one dependency is down. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
    getInfo: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Name, version, git commit, uptime and storage/bus mode. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Info"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current metrics. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4": string;
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    listOrgs: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJpZCI6IjhhNmUwODA0In0
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organizations, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrgRequest"];
            };
        };
        responses: {
            /** @description Created; `apiKey.key` is shown once. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedOrg"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Organization id.
                 * @example 8a6e0804-2bd0-4672-b79d-d97027f9071a
                 */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Organization id.
                 * @example 8a6e0804-2bd0-4672-b79d-d97027f9071a
                 */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Organization id.
                 * @example 8a6e0804-2bd0-4672-b79d-d97027f9071a
                 */
                orgId: components["parameters"]["OrgId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrgRequest"];
            };
        };
        responses: {
            /** @description The updated organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJpZCI6IjhhNmUwODA0In0
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description Created; `key` is shown once. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API key id.
                 * @example 0f4c2d8e-9b1a-4e7f-8c6d-5a3b2e1f0a9c
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listGateways: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJpZCI6IjhhNmUwODA0In0
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of gateways. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    registerGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterGatewayRequest"];
            };
        };
        responses: {
            /** @description Registered; `apiKey` is shown once. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredGateway"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gateway. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gateway"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGatewayRequest"];
            };
        };
        responses: {
            /** @description The gateway after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Gateway"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateGatewayApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new key. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listGatewayEvents: {
        parameters: {
            query?: {
                /**
                 * @description Return events with `seq` greater than this (0 = from the start).
                 * @example 41
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Maximum number of events.
                 * @example 100
                 */
                limit?: components["parameters"]["EventLimit"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listGatewayDeployments: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJpZCI6IjhhNmUwODA0In0
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Gateway id.
                 * @example 2f6a1b3c-7d8e-4f90-a1b2-c3d4e5f6a7b8
                 */
                gatewayId: components["parameters"]["GatewayId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of active deployments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApis: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJpZCI6IjhhNmUwODA0In0
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of APIs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApi: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Api"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApi: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Api"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateApi: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiRequest"];
            };
        };
        responses: {
            /** @description The API with its new revision. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Api"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteApi: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApiDeployments: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJpZCI6IjhhNmUwODA0In0
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deployments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deployApi: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployApiRequest"];
            };
        };
        responses: {
            /** @description Deployed. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    undeployApi: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
                /**
                 * @description Deployment id.
                 * @example 6f708192-a3b4-4c5d-9e6f-708192a3b4c5
                 */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Undeployed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApiRuntimeArtifact: {
        parameters: {
            query?: {
                /**
                 * @description A specific revision (from `api.deployed`).
                 * @example 5e6f7081-92a3-4b4c-8d5e-6f708192a3b4
                 */
                revisionId?: string;
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description API id (`apiUuid` in events).
                 * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
                 */
                apiId: components["parameters"]["ApiId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runtime artifact. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiRuntimeArtifact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStats: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current statistics. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyAuthFailures"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJpZCI6IjhhNmUwODA0In0
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only sessions in this state.
                 * @example active
                 */
                status?: components["schemas"]["SessionStatus"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sessions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Session id.
                 * @example 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Session id.
                 * @example 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Session id.
                 * @example 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionRequest"];
            };
        };
        responses: {
            /** @description The updated session. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSessionMessages: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJpZCI6IjhhNmUwODA0In0
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Session id.
                 * @example 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionMessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSessionMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Session id.
                 * @example 6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionMessageRequest"];
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatCompletionRequest"];
            };
        };
        responses: {
            /** @description The completion (JSON), or a stream of chunks (SSE) when `stream` is true. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletion"];
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listModels: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model list. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSkills: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skills. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkill: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Skill name (never `executions`, which is reserved for the executions path).
                 * @example echo
                 */
                skillName: components["parameters"]["SkillName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The skill. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Skill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    executeSkill: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
                /**
                 * @description Makes a retry safe: a repeat of this request with the same key, by the same caller, within
                 *     the retention period (24 hours by default) replays the first response (with
                 *     `Idempotent-Replayed: true`) instead of running again. A UUID v4 is a good key.
                 * @example 0f8e2c1a-6b4d-4e3f-9a2b-7c5d1e0f3a9b
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Skill name (never `executions`, which is reserved for the executions path).
                 * @example echo
                 */
                skillName: components["parameters"]["SkillName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteSkillRequest"];
            };
        };
        responses: {
            /** @description The recorded execution. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillExecution"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConflictOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSkillExecution: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path: {
                /**
                 * @description Skill execution id.
                 * @example 2b3c4d5e-6f70-4a81-9b2c-3d4e5f6a7b8c
                 */
                executionId: components["parameters"]["ExecutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillExecution"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUsage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen correlation id; echoed in the response header and error bodies.
                 * @example 3b1f7a52-6c0e-4b8e-9d36-2f0c9f1d7e44
                 */
                "X-Request-Id"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description W3C trace context; propagated to logs, upstream calls and WebSocket event envelopes.
                 * @example 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
                 */
                traceparent?: components["parameters"]["TraceparentHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current usage. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
