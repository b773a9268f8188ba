/** Every panel's id in reading order, as the registry lists them (a new panel is added here once). */
export const PANEL_IDS = ['crime-trend', 'governance', 'timeline', 'projects', 'migration'];
