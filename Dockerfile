# Clientele: the API serving the built console on one port.
# Build: docker build -t clientele .    Run: see docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/* && npm install -g pnpm@10
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json .npmrc ./
COPY patches patches
COPY packages/shared/package.json packages/shared/
COPY packages/api/package.json packages/api/
COPY packages/console/package.json packages/console/
RUN pnpm install --frozen-lockfile
COPY tsconfig.base.json ./
COPY packages packages
RUN pnpm build && pnpm --filter @clientele/api deploy --prod --legacy /out/api \
  && mkdir -p /out/console && cp -r packages/console/dist /out/console/dist

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000 CONSOLE_DIR=/app/console/dist
WORKDIR /app/api
COPY --from=build /out/api /app/api
COPY --from=build /out/console /app/console
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/main.js"]
