#!/usr/bin/env python3
"""Fails when a source file includes from a layer above its own.

core/ is a stack of layers, each one folder and one static library (docs/architecture.md); a
file may include its own folder and any layer below it. ui/ is stacked the same way on top of
core/, and app/ on top of ui/. Includes are named from the tree they come from ("core/…" is
not needed: core's folders and ui's folders have different names, which this also checks).

    scripts/check-layers.py [--list]     --list prints every include edge between folders
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Bottom first. Keep in step with core/CMakeLists.txt, ui/CMakeLists.txt and docs/architecture.md.
LAYERS = {
    'core': ['json', 'domain', 'net', 'http', 'prompts', 'policy', 'routing', 'eval', 'learn', 'mock',
             'upstream', 'secrets', 'proxy', 'replay', 'store', 'providers', 'demo'],
    'ui': [],  # filled in when ui/ is layered; until then only core is checked
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def folders_of(tree):
    base = os.path.join(ROOT, tree)
    return sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d)))


def main():
    problems, edges = [], {}
    rank = {}
    for tree, layers in LAYERS.items():
        for i, folder in enumerate(layers):
            rank[(tree, folder)] = i
    for tree, layers in LAYERS.items():
        if not layers:
            continue
        for folder in folders_of(tree):
            if folder not in layers:
                problems.append(f'{tree}/{folder}: a folder in no layer (add it to LAYERS and the docs)')
        for folder in layers:
            base = os.path.join(ROOT, tree, folder)
            if not os.path.isdir(base):
                problems.append(f'{tree}/{folder}: listed as a layer but missing')
                continue
            for name in sorted(os.listdir(base)):
                if not name.endswith(('.h', '.cpp')):
                    continue
                path = os.path.join(base, name)
                for number, line in enumerate(open(path, encoding='utf-8'), 1):
                    m = INCLUDE.match(line)
                    if not m or '/' not in m.group(1):
                        continue
                    target = m.group(1).split('/')[0]
                    if target == folder or (tree, target) not in rank:
                        continue
                    edges[(folder, target)] = edges.get((folder, target), 0) + 1
                    if rank[(tree, target)] > rank[(tree, folder)]:
                        problems.append(f'{tree}/{folder}/{name}:{number}: includes "{m.group(1)}" from {target}, a layer above {folder}')
    if '--list' in sys.argv:
        for (a, b), n in sorted(edges.items()):
            print(f'{a:10} -> {b:10} {n}')
    for p in problems:
        print(p)
    print(f'layers: {len(problems)} problem(s)' if problems else 'layers: every include points down')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
