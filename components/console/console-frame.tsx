"use client";
// The console's frame: header, side menu and content. Below 768 px the menu folds behind a Menu button (a drawer
// over the content that closes on navigation, Escape or a tap outside); from 768 px it is a fixed side column.
import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";

type Props = { brand: React.ReactNode; account: React.ReactNode; menu: React.ReactNode; children: React.ReactNode };

export function ConsoleFrame({ brand, account, menu, children }: Props) {
  const pathname = usePathname();
  // The drawer belongs to the page it was opened on, so navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const setOpen = (open: boolean) => setOpenOn(open ? pathname : null);
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpenOn(null);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isOpen]);
  return (
    <div className="flex min-h-full flex-col">
      <header className="flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-3 py-3 md:gap-4 md:px-5">
        <div className="flex min-w-0 items-center gap-2 md:gap-4">
          <button
            type="button"
            aria-expanded={isOpen}
            aria-controls="console-menu"
            onClick={() => setOpen(!isOpen)}
            className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 md:hidden"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
              <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
            </svg>
            Menu
          </button>
          {brand}
        </div>
        <div className="hidden items-center gap-3 text-sm sm:flex">{account}</div>
      </header>
      <div className="relative flex flex-1">
        {isOpen && (
          <button
            type="button"
            aria-label="Close the menu"
            tabIndex={-1}
            onClick={() => setOpen(false)}
            className="absolute inset-0 z-20 bg-slate-900/30 md:hidden"
          />
        )}
        <aside
          id="console-menu"
          className={`${isOpen ? "absolute inset-y-0 left-0 z-30 block w-64 shadow-xl" : "hidden"} shrink-0 border-r border-slate-200 bg-white md:static md:block md:w-56 md:shadow-none`}
        >
          {menu}
          <div className="flex flex-col gap-2 border-t border-slate-200 p-4 text-sm sm:hidden">{account}</div>
        </aside>
        <main className="min-w-0 flex-1 p-4 md:p-8">{children}</main>
      </div>
    </div>
  );
}
