package io.dudao.org;

public enum SchoolStage {
    KINDERGARTEN, PRIMARY, JUNIOR, NINE_YEAR, SENIOR
}
