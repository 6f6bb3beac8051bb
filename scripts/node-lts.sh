# Sourced by the start and test scripts: makes sure a maintained Node.js LTS (22 or later) runs
# them. On an older Node, Node 22 is installed once from the npm registry's `node` package into
# .cache/node-lts (no other network access needed) and put first on PATH for this shell.
required_major=22
current_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$current_major" -lt "$required_major" ]; then
  lts_dir="$(pwd)/.cache/node-lts"
  if [ ! -x "$lts_dir/node_modules/node/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo 'not found') is older than the supported LTS; installing Node ${required_major} from the npm registry..."
    mkdir -p "$lts_dir"
    npm install --prefix "$lts_dir" --no-audit --no-fund --no-save --loglevel=error "node@${required_major}" >/dev/null
  fi
  export PATH="$lts_dir/node_modules/node/bin:$PATH"
  hash -r
  echo "Using Node $(node --version) from $lts_dir."
fi
