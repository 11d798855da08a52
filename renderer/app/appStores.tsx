import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ParleyApi } from '../../shared/contract';
import { AppStore, type AppStoreState } from './AppStore';
import { NoticeStore, type NoticeState } from './NoticeStore';

/** The stores of the app around the notebook; they outlive no reload, like the others. */
export type AppStores = { api: ParleyApi; app: AppStore; notices: NoticeStore };

export function createAppStores(api: ParleyApi): AppStores {
  return { api, app: new AppStore(api), notices: new NoticeStore() };
}

const AppStoresContext = createContext<AppStores | null>(null);

export function AppStoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <AppStoresContext.Provider value={stores}>{children}</AppStoresContext.Provider>;
}

export function useAppStores(): AppStores {
  const stores = useContext(AppStoresContext);
  if (!stores) throw new Error('App components must be rendered inside <AppStoresProvider>');
  return stores;
}

export function useApp(): [AppStoreState, AppStore] {
  const { app } = useAppStores();
  return [useSyncExternalStore(app.subscribe, app.getSnapshot), app];
}

export function useNotices(): [NoticeState, NoticeStore] {
  const { notices } = useAppStores();
  return [useSyncExternalStore(notices.subscribe, notices.getSnapshot), notices];
}
