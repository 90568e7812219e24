import type { ReactNode } from "react";

/**
 * A plain, full-width table of rows (the account's sessions, the audit log): a header row of
 * column names, then `children`, the body's rows. Scrolls sideways on a narrow screen.
 */
export function ListTable({ columns, children }: { columns: ReactNode[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-gray-300">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={index < columns.length - 1 ? "py-2 pr-3" : "py-2"}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
