# syntax=docker/dockerfile:1

# --- build: compile TypeScript (dev dependencies live only here) ---
FROM node:20-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- runtime: production dependencies, compiled code, seeds and a prebuilt offline index ---
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production SEEDS_DIR=/app/seeds INDEX_DIR=/app/index FEEDBACK_DB=/app/data/feedback.sqlite PORT=8080
COPY package.json package-lock.json ./
# hnswlib-node compiles a native addon: the compilers come and go in this one layer.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && npm ci --omit=dev && npm cache clean --force \
  && apt-get purge -y python3 make g++ && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/dist ./dist
COPY prompts ./prompts
COPY seeds ./seeds
# The index for the built-in offline embedder, built now so the first start answers at once.
RUN mkdir -p index data && LOG_LEVEL=warn node dist/cli/ingest.js && chown -R node:node seeds index data
USER node
VOLUME ["/app/seeds", "/app/index", "/app/data"]
EXPOSE 8080
# Webhook mode serves GET /healthz; long polling has no port to probe, so it counts as healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "if(!process.env.WEBHOOK_URL)process.exit(0);fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/cli/start.js"]
