#!/usr/bin/env python3
"""Fails when a source file includes from a layer above its own.

The code is one stack of layers, bottom first: core's folders, then ui's, then app's. Each core
folder is a static library of its own (core/CMakeLists.txt), linked to the one below; ui's and
app's folders are layers of their libraries. A file may include its own folder and any layer
below it, never one above (docs/architecture.md draws the stack). Includes name the folder they
come from ("replay/ReplayRunner.h"), so no two trees may have a folder of the same name, and the
header must be in the tree that owns the folder: this checks both, so "replay/…" can only mean
core's.

    scripts/check-layers.py [--list]     --list prints every include edge between folders
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Bottom first. Keep in step with core/CMakeLists.txt, ui/CMakeLists.txt and docs/architecture.md.
LAYERS = [
    ('core', ['digest', 'log', 'json', 'domain', 'eventloop', 'net', 'http', 'prompts', 'policy', 'routing', 'responses', 'eval', 'learn', 'mock',
              'upstream', 'secrets', 'gateway', 'feedback', 'proxy', 'replay', 'store', 'history', 'experiments', 'rollout', 'redaction', 'harvest', 'playground', 'providers', 'demo']),
    ('ui', ['session', 'charts', 'widgets', 'models', 'dialogs', 'editor', 'replayview', 'sidebyside', 'pages', 'shell']),
    ('app', ['keychain', 'cli', 'gui']),
]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def folders_of(tree):
    base = os.path.join(ROOT, tree)
    return sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d)))


def main():
    problems, edges = [], {}
    rank, tree_of = {}, {}
    for tree, layers in LAYERS:
        for folder in layers:
            if folder in tree_of:
                problems.append(f'{tree}/{folder}: {tree_of[folder]} has a folder of the same name; an include could mean either')
            tree_of[folder] = tree
            rank[folder] = len(rank)
    for tree, layers in LAYERS:
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
                    if target == folder or target not in rank:
                        continue
                    edges[(f'{tree}/{folder}', f'{tree_of[target]}/{target}')] = edges.get((f'{tree}/{folder}', f'{tree_of[target]}/{target}'), 0) + 1
                    if not os.path.isfile(os.path.join(ROOT, tree_of[target], m.group(1))):
                        problems.append(f'{tree}/{folder}/{name}:{number}: "{m.group(1)}" is not in {tree_of[target]}/{target}')
                    if rank[target] > rank[folder]:
                        problems.append(f'{tree}/{folder}/{name}:{number}: includes "{m.group(1)}" from '
                                        f'{tree_of[target]}/{target}, a layer above {tree}/{folder}')
    if '--list' in sys.argv:
        for (a, b), n in sorted(edges.items()):
            print(f'{a:16} -> {b:16} {n}')
    for p in problems:
        print(p)
    print(f'layers: {len(problems)} problem(s)' if problems else 'layers: every include points down')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
