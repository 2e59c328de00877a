#!/bin/sh
# vendor.sh copies the npm packages pinned in package-lock.json into
# static/vendor/<package>-<version>/, where go:embed takes them into the
# binary. Run it from web/ after `npm ci --ignore-scripts` whenever
# package.json changes, update the paths in the pages and
# static/vendor/README.md, delete the old directories, and commit the
# result: the build and the tests need neither npm nor the network.
set -eu
cd "$(dirname "$0")"
[ -d node_modules ] || { echo "vendor.sh: run 'npm ci --ignore-scripts' in web/ first" >&2; exit 1; }

version() { node -p "require('./node_modules/$1/package.json').version"; }

v=$(version cytoscape)
dst=static/vendor/cytoscape-$v
mkdir -p "$dst"
cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/cytoscape/LICENSE "$dst/"
sha256sum "$dst/cytoscape.min.js"
