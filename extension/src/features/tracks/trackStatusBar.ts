// Status bar "Track: ML": the active track group; a click switches it. Hidden while no tracks are known.
import * as vscode from 'vscode';
import type { TodayResponse } from '../../sidecar/protocol.tracks';
import { statusBarText } from './trackChoices';

export class TrackStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('prepcode.trackGroup', vscode.StatusBarAlignment.Left, 49);

  constructor() {
    this.item.name = 'PrepCode Track Group';
    this.item.command = 'prepcode.switchTrackGroup';
  }

  update(today: TodayResponse): void {
    if (today.groups.length === 0) {
      this.item.hide();
      return;
    }
    this.item.text = statusBarText(today);
    this.item.tooltip = `PrepCode: the ${today.activeGroup} tracks are shown (Due, status bar, Today, History). Click to switch.`;
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
