import type { ReactNode } from 'react';

/** A two-column reference table (name → meaning) of the partner page; names are row headers. */
export function KeyValueTable({ head, rows, code = false }: { head: [string, string]; rows: Array<[string, ReactNode]>; code?: boolean }) {
  return (
    <div className="table-scroll">
      <table className="register">
        <thead>
          <tr>
            {head.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{code ? <code>{name}</code> : name}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
