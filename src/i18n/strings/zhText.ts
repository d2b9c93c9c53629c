/** 展览文字版（文字博物馆：展厅、展品与导览，一页呈现）的界面文字（简体中文）。键与 enText.ts 完全相同。 */
import type { UiStrings } from './uiStrings'

export const zhText: UiStrings['text'] = {
  version: '文字版',
  skipLink: '展览文字版',
  open3d: '打开三维展厅',
  seeIn3d: '在三维展厅中观看',
  enterIn3d: '在三维展厅中进入本展厅',
  tourIn3d: '在三维展厅中参加本导览',
  roomsHeading: '展厅',
  roomsNav: '展览各展厅',
  roomPager: '上一个和下一个展厅',
  toursHeading: '导览',
  roomCounter: '第 {{index}} 展厅，共 {{total}} 个',
  worksHeading: '本展厅展品',
  previousRoom: '上一展厅',
  nextRoom: '下一展厅',
  tourKicker: '导览 · 约 {{minutes}} 分钟',
  date: '年代',
  creator: '作者',
  medium: '材质',
  dimensions: '尺寸',
}
