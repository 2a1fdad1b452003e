# syntax=docker/dockerfile:1
# clawgate container image: build with the full toolchain, run on distroless Node.js 20
# as a non-root user with production dependencies only and no shell.
#
#   docker build -t clawgate --build-arg GIT_COMMIT=$(git rev-parse HEAD) .
#   docker run -p 8080:8080 -v clawgate-state:/var/lib/clawgate \
#     -e CLAWGATE_ADMIN_TOKEN=... clawgate
#
# See docs/deploy.md for volumes, environment and health probes.

ARG NODE_IMAGE=node:20-bookworm-slim
ARG RUNTIME_IMAGE=gcr.io/distroless/nodejs20-debian12:nonroot

# 1. Build: install every dependency and compile TypeScript into dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
COPY package.json package-lock.json ./
# install scripts are never needed (and never run in CI either): same tree as `npm ci` there
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY generated ./generated
# the generator imports its OpenAPI templates as TypeScript modules: they compile into dist/ too
COPY templates ./templates
# `clawgate contract-test` is part of the build
COPY contract-tests ./contract-tests
RUN npm run build

# 2. Production dependencies only, in a clean folder (no dev tools reach the runtime image).
#    TypeScript, openapi-typescript and @asyncapi/* are runtime dependencies: `clawgate generate`.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /prod
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
# distroless has no shell or mkdir: create the state directory here and copy it with its owner
RUN mkdir -p /state/clawgate

# 3. Runtime: distroless Node.js 20 (its entrypoint is `node`), user nonroot (65532).
FROM ${RUNTIME_IMAGE} AS runtime
WORKDIR /app
ARG GIT_COMMIT=""
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    CLAWGATE_STATE_DIR=/var/lib/clawgate \
    CLAWGATE_GIT_COMMIT=${GIT_COMMIT}
COPY --from=prod-deps /prod/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY package.json ./
COPY bin ./bin
# the server validates requests against the spec at runtime; `clawgate contract-test` reads its
# scenarios; `clawgate generate` reads templates, and @asyncapi/generator writes a __transpiled/
# folder into the template it runs, so nonroot must own them
COPY specs ./specs
COPY contract-tests/scenarios ./contract-tests/scenarios
COPY --chown=nonroot:nonroot templates ./templates
COPY --from=prod-deps --chown=nonroot:nonroot /state/clawgate /var/lib/clawgate
USER nonroot
VOLUME ["/var/lib/clawgate"]
EXPOSE 8080
# No HEALTHCHECK: there is no shell or curl in distroless. Let the orchestrator probe
# GET /health/live (liveness) and GET /health/ready (readiness) on port 8080 instead.
CMD ["bin/clawgate.js", "serve"]
