# One image for every server; the command picks which one runs (docker-compose.yml, deploy/kubernetes).
# deploy/src/dockerfile.test.ts checks this file against the workspace graph.

# build: every workspace is copied, because `npm ci` installs exactly what the lock file names, and
# the lock file names every workspace of package.json (dev-only ones too: e2e, tools/*, apps/*,
# browser-tests, deploy).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.json ./
COPY packages ./packages
COPY services ./services
COPY gateway ./gateway
COPY e2e ./e2e
COPY tools ./tools
COPY apps ./apps
COPY browser-tests ./browser-tests
COPY deploy ./deploy
RUN npm ci --no-audit --no-fund
# the servers and what they import; the prepared clusters only speed up an embedded database's first
# start (containers use PostgreSQL), so they are left out
RUN npx turbo run build --filter=@careergraph/gateway... --filter=./services/*... \
  && rm -rf services/*/dist/prepared-cluster services/*/dist/prepared-cluster.tar.gz

# production dependencies only
FROM build AS production-dependencies
RUN npm prune --omit=dev --no-audit --no-fund

# the image: the servers' workspaces (built) and production node_modules, run as `node`, not root
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=production-dependencies --chown=root:root /app/package.json ./
COPY --from=production-dependencies --chown=root:root /app/node_modules ./node_modules
COPY --from=production-dependencies --chown=root:root /app/packages ./packages
COPY --from=production-dependencies --chown=root:root /app/services ./services
COPY --from=production-dependencies --chown=root:root /app/gateway ./gateway
USER node
EXPOSE 4000 4001 4002 4003
# liveness of whichever server runs (PORT; the gateway's 4000 by default)
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "gateway/dist/main.js"]
