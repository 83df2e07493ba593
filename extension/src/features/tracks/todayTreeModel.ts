// Pure: the rows of the Today view built from prepcode/today. No VS Code imports.
import type { PracticeDto, TodayResponse, TodayTopic, TrackToday } from '../../sidecar/protocol.tracks';
import { trackDescription } from './trackChoices';

export type TodayNode =
  | { kind: 'track'; id: string; track: TrackToday }
  | { kind: 'topic'; id: string; topic: TodayTopic; trackId: string }
  | { kind: 'practice'; id: string; practice: PracticeDto }
  | { kind: 'message'; id: string; text: string };

export function rootNodes(today: TodayResponse): TodayNode[] {
  if (today.tracks.length === 0) {
    return [{ kind: 'message', id: 'none', text: `No ${today.activeGroup} tracks: switch the track group or add curricula/<track>/curriculum.yaml` }];
  }
  return today.tracks.map(track => ({ kind: 'track', id: `track:${track.id}`, track }));
}

export function childNodes(node: TodayNode): TodayNode[] {
  if (node.kind === 'track') {
    if (node.track.topics.length === 0) return [{ kind: 'message', id: `${node.id}:msg`, text: node.track.message }];
    return node.track.topics.map(topic => ({ kind: 'topic', id: `topic:${topic.id}`, topic, trackId: node.track.id }));
  }
  if (node.kind === 'topic') {
    return node.topic.practice.map((practice, i) => ({ kind: 'practice', id: `${node.id}:q${i}`, practice }));
  }
  return [];
}

export function describe(node: TodayNode): { label: string; description?: string; tooltip?: string } {
  switch (node.kind) {
    case 'track': return { label: node.track.title, description: trackDescription(node.track), tooltip: node.track.message };
    case 'topic': return {
      label: node.topic.title,
      description: node.topic.completed ? 'completed' : node.topic.domain,
      tooltip: node.topic.keyPoints.map(p => `• ${p}`).join('\n'),
    };
    case 'practice': return { label: node.practice.question, description: node.practice.type, tooltip: node.practice.answer };
    case 'message': return { label: node.text };
  }
}
