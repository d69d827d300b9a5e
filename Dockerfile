# One image for every server; the command picks which one runs (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.json ./
COPY packages ./packages
COPY services ./services
COPY gateway ./gateway
COPY e2e ./e2e
RUN npm ci --no-audit --no-fund && npx turbo run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app ./
USER node
