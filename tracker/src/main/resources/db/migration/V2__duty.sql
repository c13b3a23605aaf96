-- PatrolGrid duty schema: zones, schedules, shifts, attendance, coverage and alerts.
-- Written by: web (zones, schedules, shifts, alert acknowledgement) and tracker (attendance, coverage, alerts).

create table zone (
    id         text primary key check (id ~ '^[A-Za-z0-9_.:-]{1,64}$'),
    kind       text        not null check (kind in ('grid', 'area', 'post', 'route')),
    name       text        not null,
    district   text        not null,
    code       text,                   -- unit-grid code (grid only)
    grids      text[]      not null default '{}', -- unit grids of an area
    feature    jsonb       not null,   -- the zone as a GeoJSON Feature in WGS-84, as imported (after any GCJ-02 conversion)
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index zone_kind_district on zone (kind, district);

create table schedule (
    id          bigint generated always as identity primary key,
    device      text        not null references device (id),
    zones       text[]      not null,
    days        text[]      not null,  -- MON..SUN
    start_time  time        not null,  -- Asia/Shanghai local time
    end_time    time        not null,  -- end <= start means the next day
    valid_from  date        not null,
    valid_until date        not null,
    rules       jsonb       not null default '{}',
    created_at  timestamptz not null default now()
);

create table shift (
    id         bigint generated always as identity primary key,
    device     text        not null references device (id),
    zones      text[]      not null,
    start_at   timestamptz not null,
    end_at     timestamptz not null check (end_at > start_at),
    rules      jsonb       not null default '{}',
    schedule   bigint references schedule (id),
    created_at timestamptz not null default now()
);
create index shift_device_start on shift (device, start_at);
create index shift_window on shift (start_at, end_at);

-- The attendance record of a shift, rewritten as it changes (CONTRACT §3 "Attendance").
create table attendance (
    shift               bigint primary key references shift (id) on delete cascade,
    status              text             not null check (status in
                            ('scheduled', 'on_duty', 'present', 'late', 'absent', 'early_leave', 'incomplete')),
    arrived_at          timestamptz,
    left_at             timestamptz,
    on_duty_minutes     double precision not null default 0,
    off_post_minutes    double precision not null default 0,
    coverage            double precision not null default 0,
    grids_visited       int              not null default 0,
    grids_total         int              not null default 0,
    cells_visited       int              not null default 0,
    cells_total         int              not null default 0,
    checkpoints_visited int              not null default 0,
    checkpoints_total   int              not null default 0,
    route_adherence     double precision,
    visited_grids       text[]           not null default '{}',
    visited_cells       bigint[]         not null default '{}', -- H3 res-11 cells
    updated_at          timestamptz      not null default now()
);

create table alert (
    id              bigint generated always as identity primary key,
    kind            text        not null,
    device          text        not null,
    shift           bigint references shift (id) on delete cascade,
    zone            text,
    status          text        not null check (status in ('open', 'acknowledged', 'resolved')),
    opened_at       timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    resolved_at     timestamptz,
    resolved_by     text,
    resolution      text,
    note            text,
    detail          jsonb       not null default '{}'
);
-- One open (or acknowledged) alert per (shift, kind); device-level alerts (sos, low battery) have no shift.
create unique index alert_one_open on alert (coalesce(shift, -1), device, kind) where status <> 'resolved';
create index alert_opened on alert (opened_at);
create index alert_device on alert (device, opened_at);
