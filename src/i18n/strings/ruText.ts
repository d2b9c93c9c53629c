/** Строки текстовой версии выставки (текстовый музей: залы, работы и экскурсии одной страницей), по-русски. Ключи те же, что в enText.ts. */
import type { UiStrings } from './uiStrings'

export const ruText: UiStrings['text'] = {
  version: 'Текстовая версия',
  skipLink: 'Текстовая версия выставки',
  open3d: 'Открыть трёхмерную галерею',
  seeIn3d: 'Смотреть в 3D',
  enterIn3d: 'Войти в этот зал в 3D',
  tourIn3d: 'Пройти эту экскурсию в 3D',
  roomsHeading: 'Залы',
  roomsNav: 'Залы выставки',
  roomPager: 'Предыдущий и следующий зал',
  toursHeading: 'Экскурсии',
  roomCounter: 'Зал {{index}} из {{total}}',
  worksHeading: 'Экспонаты зала',
  previousRoom: 'Предыдущий зал',
  nextRoom: 'Следующий зал',
  tourKicker: 'Экскурсия · около {{minutes}} мин',
  date: 'Дата',
  creator: 'Автор',
  medium: 'Материал',
  dimensions: 'Размер',
}
