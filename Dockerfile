# One image for every server; the command picks which one runs (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.json ./
COPY packages ./packages
COPY services ./services
COPY gateway ./gateway
COPY e2e ./e2e
# the prepared clusters only speed up an embedded database's first start (containers use PostgreSQL;
# without them an embedded one still migrates and seeds itself)
RUN npm ci --no-audit --no-fund && npx turbo run build && npm prune --omit=dev \
  && rm -rf services/*/dist/prepared-cluster services/*/dist/prepared-cluster.tar.gz

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app ./
USER node
