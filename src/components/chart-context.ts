import { createContext, useContext } from 'react';

/** Where a chart is drawn: on the dashboard or on the fixed projector stage (larger type, stronger contrast). */
export const ProjectorContext = createContext(false);

export function useProjector(): boolean {
  return useContext(ProjectorContext);
}
