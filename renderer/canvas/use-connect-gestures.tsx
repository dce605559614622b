// The canvas's connection gestures (connect-gestures.ts decides, this wires them to React Flow): a drop on
// a handle connects, on a block's body connects to its input, on empty canvas opens the menu of new
// blocks; dragging an edge's input end to another block reconnects it. All through edit commands.
import { useReactFlow, type Connection, type Edge, type FinalConnectionState } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { Command } from '../../engine/edit';
import type { BlockType, Position } from '../../engine/model';
import { useAppStore } from '../state/app-store';
import { selectActiveFlow, useProjectStore } from '../state/project-store';
import { addBlockAt } from './canvas-actions';
import { connectCommand } from './changes-to-commands';
import { dropAction, reconnectCommands } from './connect-gestures';
import { ConnectMenu } from './ConnectMenu';
import { flowGraph } from './flow-graph';
import { blockAt } from './layers/WindowLayers';

interface OpenMenu {
  /** Where the connection was dropped, in the window's pixels and in flow units. */
  at: { x: number; y: number };
  flowAt: Position;
  block: string;
  handle: string;
}

function clientPoint(event: MouseEvent | TouchEvent): { x: number; y: number } | undefined {
  const p = 'changedTouches' in event ? event.changedTouches[0] : event;
  return p ? { x: p.clientX, y: p.clientY } : undefined;
}

export function useConnectGestures() {
  const store = useProjectStore();
  const rf = useReactFlow();
  const setError = useAppStore((s) => s.setError);
  const [menu, setMenu] = useState<OpenMenu | null>(null);

  const run = useCallback(
    (commands: Command[], label: string) => {
      const result = store.getState().apply(commands, label);
      if (!result.ok) setError(result.error.message);
    },
    [store, setError],
  );

  const onConnect = useCallback(
    (c: Connection) => run([connectCommand(c.source, c.sourceHandle, c.target)], 'Connect'),
    [run],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      const point = clientPoint(event);
      if (!point) return;
      const flowAt = rf.screenToFlowPosition(point);
      const { fromNode, fromHandle } = connection;
      const from =
        fromNode && fromHandle
          ? { nodeId: fromNode.id, handleId: fromHandle.id ?? null, type: fromHandle.type }
          : null;
      const hit = blockAt(flowGraph(selectActiveFlow(store.getState())), flowAt);
      const action = dropAction(connection.isValid, from, hit);
      if (action.kind === 'connect') run([action.command], 'Connect');
      if (action.kind === 'menu')
        setMenu({
          at: point,
          flowAt,
          block: action.block,
          handle: action.handle,
        });
    },
    [rf, store, run],
  );

  const onReconnect = useCallback(
    (edge: Edge, c: Connection) => run(reconnectCommands(edge, c), 'Reconnect'),
    [run],
  );

  const close = useCallback(() => setMenu(null), []);
  const pick = useCallback(
    (type: BlockType) => {
      if (!menu) return;
      setMenu(null);
      const result = addBlockAt(store, type, menu.flowAt, { block: menu.block, handle: menu.handle });
      if (!result.ok) setError(result.error.message);
    },
    [menu, store, setError],
  );
  const menuElement = menu && <ConnectMenu at={menu.at} onPick={pick} onClose={close} />;
  return { onConnect, onConnectEnd, onReconnect, menu: menuElement };
}
