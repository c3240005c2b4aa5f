import { type Connection, DescribeConnectionsCommand } from '@aws-sdk/client-direct-connect';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';

/** Direct Connect dedicated connections and their MACsec state; the listing carries the tags. */
const permissions = { 'directconnect:DescribeConnections': 'directconnect:DescribeConnections' };

const DX = 'AWS::DirectConnect::Connection';

export const directConnectCollector: ServiceCollector = {
  service: 'directconnect',
  types: [DX],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'directconnect',
    region,
    (nextToken) => new DescribeConnectionsCommand({ maxResults: 100, nextToken }),
    (o) => o.connections,
    (o) => o.nextToken,
  );
  ctx.listed(DX, 'directconnect', region, listing.failure);
  for (const c of listing.items) add(ctx, region, c, listing.calls);
}

function add(ctx: AwsContext, region: string, c: Connection, calls: string[]): void {
  const id = c.connectionId;
  // Deleted connections stay listed for a while; they carry nothing.
  if (!id || c.connectionState === 'deleted' || c.connectionState === 'rejected') return;
  const arn = `arn:${ctx.partition}:directconnect:${region}:${c.ownerAccount ?? ctx.account}:dxcon/${id}`;
  const name = c.connectionName ?? id;
  ctx.add({
    provider: 'aws',
    type: DX,
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: tagRecord(c.tags, (t) => t.key, (t) => t.value),
    props: {
      connectionName: name,
      bandwidth: c.bandwidth ?? unknown('directconnect:DescribeConnections returned no bandwidth'),
      location: c.location ?? unknown('directconnect:DescribeConnections returned no location'),
      connectionState: c.connectionState ?? unknown('directconnect:DescribeConnections returned no connectionState'),
      macSecCapable: c.macSecCapable ?? false,
      encryptionMode: c.encryptionMode ?? null,
      portEncryptionStatus: c.portEncryptionStatus ?? null,
    },
    origin: { kind: 'live', calls: [...calls] },
    refs: [arn, id],
  });
}
