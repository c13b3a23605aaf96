-- PatrolGrid foundation schema: users, devices, positions and the latest position per device.
-- Owned by the tracker module; the web module reads it (and writes the admin-managed tables users and devices).

create table server_setting (
    key   text primary key,
    value text not null
);

create table app_user (
    username      text primary key,
    password_hash text        not null,
    role          text        not null check (role in ('admin', 'bureau', 'infocenter', 'viewer')),
    districts     text[]      not null default '{}',
    created_at    timestamptz not null default now()
);

create table device (
    id                text primary key check (id ~ '^[A-Za-z0-9_.:-]{1,64}$'),
    name              text        not null,
    kind              text        not null check (kind in ('collector', 'officer')),
    unit              text,
    district          text,
    secret_hash       bytea       not null,
    created_at        timestamptz not null default now(),
    secret_rotated_at timestamptz not null default now()
);

-- One row per accepted fix. The primary key drops duplicates (same device, same fix time) and serves track queries.
create table position (
    device      text             not null,
    fix_time    timestamptz      not null,
    received_at timestamptz      not null,
    lat         double precision not null,
    lon         double precision not null,
    accuracy    real,
    altitude    real,
    speed       real,
    course      real,
    battery     real,
    mock        boolean          not null default false,
    attributes  jsonb,
    primary key (device, fix_time)
);

-- The latest fix (by fix time) of each device, kept in the same statement as the insert into position.
create table device_last_position (
    device      text primary key,
    fix_time    timestamptz      not null,
    received_at timestamptz      not null,
    lat         double precision not null,
    lon         double precision not null,
    accuracy    real,
    speed       real,
    course      real,
    battery     real,
    mock        boolean          not null default false
);
